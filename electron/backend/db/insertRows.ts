import type Database from 'better-sqlite3';
import type { Db } from './connection';


/** Prepared statements by head, row count, width and returning clause: the SQL is built once per shape. */
const manyRowStatements = new WeakMap<Db, Map<string, Database.Statement>>();
/** Rows per statement of insertRows: 100 rows of up to 30 columns stay far below SQLite's 32,766 parameters. */
const ROWS_PER_STATEMENT = 100;

function manyRowStatement(db: Db, head: string, count: number, width: number, returning: '' | 'RETURNING id'): Database.Statement {
  let cache = manyRowStatements.get(db);
  if (!cache) manyRowStatements.set(db, (cache = new Map()));
  const shape = `${count}|${width}|${returning}|${head}`;
  let prepared = cache.get(shape);
  if (!prepared) {
    const row = `(${Array.from({ length: width }, () => '?').join(', ')})`;
    prepared = db.prepare(`${head} ${Array.from({ length: count }, () => row).join(', ')} ${returning}`);
    cache.set(shape, prepared);
  }
  return prepared;
}

/**
 * Inserts `rows` with one statement per hundred rows (`head` is "INSERT … (a, b) VALUES", each row
 * its values in that order) instead of one per row: the per-statement cost dominates bulk writes.
 * With `returning` ("RETURNING id") gives the ids it returns.
 */
function insertMany(db: Db, head: string, rows: readonly unknown[][], returning: '' | 'RETURNING id'): unknown[] {
  const returned: unknown[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const end = Math.min(rows.length, start + ROWS_PER_STATEMENT);
    const width = rows[start]?.length ?? 0;
    const values: unknown[] = [];
    for (let i = start; i < end; i++) for (const value of rows[i] ?? []) values.push(value);
    const prepared = manyRowStatement(db, head, end - start, width, returning);
    if (returning === '') prepared.run(values);
    else for (const id of prepared.pluck().all(values)) returned.push(id);
  }
  return returned;
}

export function insertRows(db: Db, head: string, rows: readonly unknown[][]): void {
  insertMany(db, head, rows, '');
}

/** insertRows giving the new rows' ids, in the order of `rows`. */
export function insertRowsReturningIds(db: Db, head: string, rows: readonly unknown[][]): number[] {
  return insertMany(db, head, rows, 'RETURNING id').map((id) => {
    if (typeof id !== 'number') throw new Error(`${head}: RETURNING id gave ${String(id)}`);
    return id;
  });
}
