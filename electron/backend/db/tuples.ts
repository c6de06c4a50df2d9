import type Database from 'better-sqlite3';
import type { Db } from './connection';
import type { ColumnKind } from './columnKinds';
import { cachedPer, cachedQuery, withOne, type Rows } from './preparedReads';
import { checkTuple, checkTupleValues } from './rowCheck';
import { declareStatement } from './statementRegistry';

type Kinds = readonly ColumnKind<unknown>[];

/** The row of a tuple statement: `[int, textOrNull]` reads as `[number, string | null]`. */
export type TupleOf<K extends Kinds> = { -readonly [I in keyof K]: K[I] extends ColumnKind<infer T> ? T : never };

/**
 * Rows read as arrays (better-sqlite3's raw mode), for reads over many rows: no object per row.
 * The statement is checked like a named read (column count, table columns' kinds), each call's
 * first row value by value; a kind that converts its value (bool, oneOf) converts it in place.
 */
function tupleRows<K extends Kinds>(prepared: Database.Statement, kinds: K): Rows<TupleOf<K>> {
  const at = kinds.flatMap((kind, i) => (kind.read ? [i] : []));
  const reads = kinds.flatMap((kind) => (kind.read ? [kind.read] : []));
  const convert = (row: unknown[]): TupleOf<K> => {
    for (let r = 0; r < reads.length; r++) {
      const i = at[r] as number;
      row[i] = reads[r]?.(row[i]);
    }
    return row as TupleOf<K>;
  };
  const first = (row: unknown[]): TupleOf<K> => {
    checkTupleValues(prepared.source, kinds, row);
    return convert(row);
  };
  return withOne(
    {
      all(...params) {
        const rows = prepared.all(...params) as unknown[][];
        if (rows[0]) first(rows[0]);
        if (reads.length > 0) for (let i = 1; i < rows.length; i++) convert(rows[i] as unknown[]);
        return rows as TupleOf<K>[];
      },
      get(...params) {
        const row = prepared.get(...params) as unknown[] | undefined;
        return row === undefined ? undefined : first(row);
      },
      *iterate(...params) {
        let checked = false;
        for (const row of prepared.iterate(...params) as IterableIterator<unknown[]>) {
          if (!checked) {
            checked = true;
            yield first(row);
          } else yield convert(row);
        }
      },
    },
    prepared.source,
  );
}

function prepareTuples<K extends Kinds>(db: Db, sql: string, kinds: K): Rows<TupleOf<K>> {
  const prepared = db.prepare(sql).raw();
  checkTuple(db, prepared, kinds);
  return tupleRows(prepared, kinds);
}

/** A module-level read of tuples, prepared once per connection: `const counts = tupleStatement('SELECT id, n FROM t', [int, int])`. */
export function tupleStatement<const K extends Kinds>(sql: string, kinds: K): (db: Db) => Rows<TupleOf<K>> {
  const prepare = (db: Db) => prepareTuples(db, sql, kinds);
  declareStatement(sql, prepare);
  return cachedPer(prepare);
}

/** Tuples from SQL built at run time: checked the first time each SQL text is seen. */
export function tuples<const K extends Kinds>(db: Db, sql: string, kinds: K): Rows<TupleOf<K>> {
  return cachedQuery(db, `[${kinds.map((kind) => kind.label).join(',')}]\n${sql}`, () => prepareTuples(db, sql, kinds));
}
