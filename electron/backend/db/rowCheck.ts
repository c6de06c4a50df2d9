import type Database from 'better-sqlite3';
import type { Db } from './connection';
import type { Affinity, ColumnKind, Shape } from './columnKinds';

interface TableColumn {
  affinity: Affinity | 'NUMERIC' | null;
  notNull: boolean;
}

const tableColumns = new WeakMap<Db, Map<string, Map<string, TableColumn>>>();

/** SQLite's rules for a declared column type (https://www.sqlite.org/datatype3.html, 3.1). */
export function affinityOf(declared: string | null): Affinity | 'NUMERIC' | null {
  if (declared === null || declared.trim() === '') return null;
  const type = declared.toUpperCase();
  if (type.includes('INT')) return 'INTEGER';
  if (/CHAR|CLOB|TEXT/.test(type)) return 'TEXT';
  if (type.includes('BLOB')) return 'BLOB';
  if (/REAL|FLOA|DOUB/.test(type)) return 'REAL';
  return 'NUMERIC';
}

function columnsOf(db: Db, schema: string, table: string): Map<string, TableColumn> {
  let tables = tableColumns.get(db);
  if (!tables) tableColumns.set(db, (tables = new Map()));
  const key = `${schema}.${table}`;
  let found = tables.get(key);
  if (!found) {
    found = new Map();
    const info = db.prepare(`SELECT name, type, "notnull" AS not_null, pk FROM pragma_table_info(?, ?)`).all(table, schema) as {
      name: string;
      type: string;
      not_null: number;
      pk: number;
    }[];
    // An INTEGER PRIMARY KEY is the rowid: never null even without NOT NULL. SQLite's own catalogue
    // (sqlite_master) declares no NOT NULL, yet its names are never null.
    const catalogue = table.startsWith('sqlite_');
    for (const column of info) {
      const rowid = column.pk === 1 && affinityOf(column.type) === 'INTEGER';
      found.set(column.name, { affinity: affinityOf(column.type), notNull: column.not_null === 1 || rowid || catalogue });
    }
    tables.set(key, found);
  }
  return found;
}

function kindProblem(kind: ColumnKind<unknown>, stored: TableColumn | undefined): string | null {
  if (!stored || stored.affinity === null || stored.affinity === 'NUMERIC') return null;
  const affinityFits = stored.affinity === kind.affinity || (kind.affinity === 'REAL' && stored.affinity === 'INTEGER');
  if (!affinityFits) return `declared ${kind.label}, the table column is ${stored.affinity}`;
  if (!kind.nullable && !stored.notNull) return `declared ${kind.label}, the table column may be NULL`;
  return null;
}

export class RowShapeError extends Error {
  constructor(sql: string, problems: string[]) {
    super(`The declared row does not match the statement:\n  ${problems.join('\n  ')}\nSQL: ${sql.trim()}`);
    this.name = 'RowShapeError';
  }
}

/**
 * The statement's result columns must be exactly the shape's keys; a column read straight from a
 * table must have the declared kind's affinity, and NOT NULL unless the kind is nullable.
 */
export function checkShape(db: Db, prepared: Database.Statement, shape: Shape): void {
  const problems: string[] = [];
  const returned = prepared.columns();
  const names = returned.map((column) => column.name);
  const declared = Object.keys(shape);
  for (const name of declared) if (!names.includes(name)) problems.push(`"${name}" is declared but the statement does not return it`);
  for (const name of names) if (!declared.includes(name)) problems.push(`"${name}" is returned but not declared`);
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) problems.push(`"${name}" is returned twice`);
    seen.add(name);
  }
  for (const column of returned) {
    const kind = shape[column.name];
    if (!kind || column.table === null || column.column === null) continue;
    const problem = kindProblem(kind, columnsOf(db, column.database ?? 'main', column.table).get(column.column));
    if (problem) problems.push(`"${column.name}" (${column.table}.${column.column}): ${problem}`);
  }
  if (problems.length > 0) throw new RowShapeError(prepared.source, problems);
}

/** A scalar statement returns exactly one column, of the declared kind when it is a table column. */
export function checkScalar(db: Db, prepared: Database.Statement, kind: ColumnKind<unknown>): void {
  const returned = prepared.columns();
  if (returned.length !== 1) throw new RowShapeError(prepared.source, [`a scalar returns one column, this statement returns ${returned.length}`]);
  const [column] = returned;
  if (!column || column.table === null || column.column === null) return;
  const problem = kindProblem(kind, columnsOf(db, column.database ?? 'main', column.table).get(column.column));
  if (problem) throw new RowShapeError(prepared.source, [`"${column.name}" (${column.table}.${column.column}): ${problem}`]);
}

/**
 * A tuple statement (rows read as arrays) returns exactly as many columns as kinds are declared,
 * each table column of its kind's affinity and NOT NULL unless the kind is nullable. Tuples carry
 * no names: the order of the columns is the contract.
 */
export function checkTuple(db: Db, prepared: Database.Statement, kinds: readonly ColumnKind<unknown>[]): void {
  const returned = prepared.columns();
  if (returned.length !== kinds.length) {
    throw new RowShapeError(prepared.source, [`${kinds.length} columns are declared, the statement returns ${returned.length}`]);
  }
  const problems = returned.flatMap((column, i) => {
    const kind = kinds[i];
    if (!kind || column.table === null || column.column === null) return [];
    const problem = kindProblem(kind, columnsOf(db, column.database ?? 'main', column.table).get(column.column));
    return problem ? [`column ${i + 1} "${column.name}" (${column.table}.${column.column}): ${problem}`] : [];
  });
  if (problems.length > 0) throw new RowShapeError(prepared.source, problems);
}

/** The first tuple a statement returns is checked value by value, as checkValues does for named rows. */
export function checkTupleValues(sql: string, kinds: readonly ColumnKind<unknown>[], row: readonly unknown[]): void {
  const problems = kinds.flatMap((kind, i) => (kind.fits(row[i]) ? [] : [`column ${i + 1} is declared ${kind.label} but read ${describe(row[i])}`]));
  if (problems.length > 0) throw new RowShapeError(sql, problems);
}

/** The first row a statement returns is checked value by value: expressions have no table column to check. */
export function checkValues(sql: string, shape: Shape, row: Record<string, unknown>): void {
  const problems: string[] = [];
  for (const [name, kind] of Object.entries(shape)) {
    if (!kind.fits(row[name])) problems.push(`"${name}" is declared ${kind.label} but read ${describe(row[name])}`);
  }
  if (problems.length > 0) throw new RowShapeError(sql, problems);
}

export function describe(value: unknown): string {
  if (value === null) return 'NULL';
  if (Buffer.isBuffer(value)) return 'a blob';
  return `${typeof value} ${JSON.stringify(value)}`;
}
