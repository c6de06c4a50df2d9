import type Database from 'better-sqlite3';
import type { Db } from './connection';


const manyRowStatements = new WeakMap<Db, Map<string, Database.Statement>>();
/** Rows per statement of insertRows: 100 rows of up to 30 columns stay far below SQLite's 32,766 parameters. */
const ROWS_PER_STATEMENT = 100;

/**
 * Inserts `rows` with one statement per hundred rows (`head` is "INSERT … (a, b) VALUES", each row
 * its values in that order) instead of one per row: the per-statement cost dominates bulk writes.
 * With `returning` ("RETURNING id") gives the rows it returns.
 */
function insertMany(db: Db, head: string, rows: readonly unknown[][], returning: '' | 'RETURNING id'): unknown[] {
  let cache = manyRowStatements.get(db);
  if (!cache) manyRowStatements.set(db, (cache = new Map()));
  const returned: unknown[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const width = chunk[0]?.length ?? 0;
    const sql = `${head} ${Array.from({ length: chunk.length }, () => `(${Array.from({ length: width }, () => '?').join(', ')})`).join(', ')} ${returning}`;
    let prepared = cache.get(sql);
    if (!prepared) cache.set(sql, (prepared = db.prepare(sql)));
    const values = chunk.flat();
    if (returning === '') prepared.run(values);
    else returned.push(...prepared.all(values));
  }
  return returned;
}

export function insertRows(db: Db, head: string, rows: readonly unknown[][]): void {
  insertMany(db, head, rows, '');
}

/** insertRows giving the new rows' ids, in the order of `rows`. */
export function insertRowsReturningIds(db: Db, head: string, rows: readonly unknown[][]): number[] {
  return insertMany(db, head, rows, 'RETURNING id').map((row) => {
    const id = (row as { id?: unknown }).id;
    if (typeof id !== 'number') throw new Error(`${head}: RETURNING id gave ${String(id)}`);
    return id;
  });
}
