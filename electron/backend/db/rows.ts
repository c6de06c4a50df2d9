import type Database from 'better-sqlite3';
import type { Db } from './connection';
import type { ColumnKind, RowOf, Shape, ValueOf } from './columnKinds';
import { cachedPer, cachedQuery, withOne, type Rows } from './preparedReads';
import { checkScalar, checkShape, checkValues, describe, RowShapeError } from './rowCheck';
import { declareStatement } from './statementRegistry';

export * from './columnKinds';
export type { Rows } from './preparedReads';
export { tupleStatement, tuples, type TupleOf } from './tuples';

/**
 * A read whose rows have a declared shape, checked against the statement the first time it is
 * prepared on a connection (names exactly; a table column's affinity and NOT NULL), and each call's
 * first row value by value. The check runs always: it costs one columns() call per statement and
 * connection, and one row per call.
 */
function rowsOf<S extends Shape>(prepared: Database.Statement, shape: S): Rows<RowOf<S>> {
  return withOne(readRows(prepared, shape), prepared.source);
}

function readRows<S extends Shape>(prepared: Database.Statement, shape: S): Omit<Rows<RowOf<S>>, 'one'> {
  const readers = Object.entries(shape).filter(([, kind]) => kind.read !== undefined);
  const convert = (row: Record<string, unknown>): RowOf<S> => {
    for (const [name, kind] of readers) row[name] = kind.read?.(row[name]);
    return row as RowOf<S>;
  };
  const first = (row: unknown): RowOf<S> => {
    const values = row as Record<string, unknown>;
    checkValues(prepared.source, shape, values);
    return convert(values);
  };
  return {
    all(...params) {
      const rows = prepared.all(...params) as Record<string, unknown>[];
      rows.forEach((row, i) => (i === 0 ? first(row) : readers.length > 0 && convert(row)));
      return rows as RowOf<S>[];
    },
    get(...params) {
      const row = prepared.get(...params);
      return row === undefined ? undefined : first(row);
    },
    *iterate(...params) {
      let checked = false;
      for (const row of prepared.iterate(...params) as IterableIterator<Record<string, unknown>>) {
        if (!checked) {
          checked = true;
          yield first(row);
        } else yield convert(row);
      }
    },
  };
}

function scalarOf<K extends ColumnKind<unknown>>(prepared: Database.Statement, kind: K): Rows<ValueOf<K>> {
  return withOne(readScalars(prepared, kind), prepared.source);
}

function readScalars<K extends ColumnKind<unknown>>(prepared: Database.Statement, kind: K): Omit<Rows<ValueOf<K>>, 'one'> {
  const read = (value: unknown): ValueOf<K> => {
    if (!kind.fits(value)) throw new RowShapeError(prepared.source, [`the value is declared ${kind.label} but read ${describe(value)}`]);
    return (kind.read ? kind.read(value) : value) as ValueOf<K>;
  };
  return {
    all(...params) {
      const values = prepared.all(...params);
      if (values.length > 0) read(values[0]);
      return (kind.read ? values.map(read) : values) as ValueOf<K>[];
    },
    get(...params) {
      const value: unknown = prepared.get(...params);
      return value === undefined ? undefined : read(value);
    },
    *iterate(...params) {
      let checked = false;
      for (const value of prepared.iterate(...params)) {
        if (!checked || kind.read) yield read(value);
        else yield value as ValueOf<K>;
        checked = true;
      }
    },
  };
}

/**
 * A module-level statement, prepared once per connection. With a shape it is a read whose rows are
 * typed and checked: `const byId = statement('SELECT …', memberRow)`; without, a write (`.run()`).
 */
export function statement(sql: string): (db: Db) => Database.Statement;
export function statement<S extends Shape>(sql: string, shape: S): (db: Db) => Rows<RowOf<S>>;
export function statement<S extends Shape>(sql: string, shape?: S): (db: Db) => Rows<RowOf<S>> | Database.Statement {
  const prepare = (db: Db) => {
    const prepared = db.prepare(sql);
    if (!shape) return prepared;
    checkShape(db, prepared, shape);
    return rowsOf(prepared, shape);
  };
  declareStatement(sql, prepare);
  return cachedPer(prepare);
}

/** A module-level read of one value per row (`SELECT count(*) …`): `.get()` is the value itself. */
export function scalarStatement<K extends ColumnKind<unknown>>(sql: string, kind: K): (db: Db) => Rows<ValueOf<K>> {
  const prepare = (db: Db) => {
    const prepared = db.prepare(sql).pluck();
    checkScalar(db, prepared, kind);
    return scalarOf(prepared, kind);
  };
  declareStatement(sql, prepare);
  return cachedPer(prepare);
}

const signature = (shape: Shape) => Object.entries(shape).map(([name, kind]) => `${name}:${kind.label}`).join(',');

/** A read whose SQL is built at run time (filters, IN lists): checked the first time each SQL text is seen. */
export function query<S extends Shape>(db: Db, sql: string, shape: S): Rows<RowOf<S>> {
  return cachedQuery(db, `${signature(shape)}\n${sql}`, () => {
    const prepared = db.prepare(sql);
    checkShape(db, prepared, shape);
    return rowsOf(prepared, shape);
  });
}

/** One value per row from SQL built at run time. */
export function scalar<K extends ColumnKind<unknown>>(db: Db, sql: string, kind: K): Rows<ValueOf<K>> {
  return cachedQuery(db, `${kind.label}\n${sql}`, () => {
    const prepared = db.prepare(sql).pluck();
    checkScalar(db, prepared, kind);
    return scalarOf(prepared, kind);
  });
}
