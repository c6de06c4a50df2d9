import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Compilable,
  type InferResult,
} from 'kysely';
import type { Db } from './connection';
import type { DB } from './schema';

/**
 * Kysely builds typed SQL; better-sqlite3 runs it synchronously, so queries compose with
 * db.transaction() and never interleave with another request's work.
 */
export const sql = new Kysely<DB>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new SqliteIntrospector(k),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

type Row<Q extends Compilable<unknown>> = InferResult<Q>[number];

export function all<Q extends Compilable<unknown>>(db: Db, query: Q): Row<Q>[] {
  const compiled = query.compile();
  return db.prepare(compiled.sql).all(...(compiled.parameters as unknown[])) as Row<Q>[];
}

export function first<Q extends Compilable<unknown>>(db: Db, query: Q): Row<Q> | undefined {
  const compiled = query.compile();
  return db.prepare(compiled.sql).get(...(compiled.parameters as unknown[])) as Row<Q> | undefined;
}

export function run(db: Db, query: Compilable<unknown>): { changes: number; lastInsertRowid: number } {
  const compiled = query.compile();
  const info = db.prepare(compiled.sql).run(...(compiled.parameters as unknown[]));
  return { changes: info.changes, lastInsertRowid: Number(info.lastInsertRowid) };
}
