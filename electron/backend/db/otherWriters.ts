import type { Db } from './connection';

const seen = new WeakMap<Db, number>();

/**
 * True when another connection (another process) has committed since the last look. SQLite's
 * data_version changes only for other connections' commits, never for our own.
 */
export function noticeOtherWriters(db: Db): boolean {
  const version = db.pragma('data_version', { simple: true }) as number;
  const last = seen.get(db);
  seen.set(db, version);
  return last !== undefined && last !== version;
}
