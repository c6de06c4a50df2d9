import type Database from 'better-sqlite3';
import type { Db } from './connection';

/**
 * Prepared statements cached per connection: hot paths (imports, seeding) prepare once.
 * Returns a getter, so a module declares its statements at the top.
 */
export function statement(sql: string): (db: Db) => Database.Statement {
  const cache = new WeakMap<Db, Database.Statement>();
  return (db) => {
    let prepared = cache.get(db);
    if (!prepared) {
      prepared = db.prepare(sql);
      cache.set(db, prepared);
    }
    return prepared;
  };
}
