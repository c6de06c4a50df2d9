import type { Db } from './connection';
import { RowShapeError } from './rowCheck';

type Params = unknown[];

export interface Rows<R> {
  all(...params: Params): R[];
  get(...params: Params): R | undefined;
  iterate(...params: Params): IterableIterator<R>;
  /** The one row a statement always returns (an aggregate without GROUP BY); no row is a bug. */
  one(...params: Params): R;
}

export function withOne<R>(rows: Omit<Rows<R>, 'one'>, sql: string): Rows<R> {
  return {
    ...rows,
    one(...params) {
      const row = rows.get(...params);
      if (row === undefined) throw new RowShapeError(sql, ['the statement returned no row']);
      return row;
    },
  };
}

/** A module-level statement's reads, made once per connection. */
export function cachedPer<T>(make: (db: Db) => T): (db: Db) => T {
  const cache = new WeakMap<Db, T>();
  return (db) => {
    let made = cache.get(db);
    if (made === undefined) cache.set(db, (made = make(db)));
    return made;
  };
}

const checkedQueries = new WeakMap<Db, Map<string, Rows<unknown>>>();

/** The reads of a statement built at run time, checked the first time each (declared row, SQL text) is seen on a connection. */
export function cachedQuery<R>(db: Db, key: string, make: () => Rows<R>): Rows<R> {
  let queries = checkedQueries.get(db);
  if (!queries) checkedQueries.set(db, (queries = new Map()));
  let found = queries.get(key) as Rows<R> | undefined;
  if (!found) {
    found = make();
    if (queries.size > 500) queries.clear();
    queries.set(key, found);
  }
  return found;
}
