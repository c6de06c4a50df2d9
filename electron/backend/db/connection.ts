import fs from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../core/appError';
import { systemProblem } from '../core/plainReason';

export type Db = Database.Database;

const SQLITE_HEADER = 'SQLite format 3\u0000';

/** Refuses anything that is not an SQLite file before SQLite gets a chance to touch it. */
export function assertSqliteFile(file: string): void {
  if (!fs.existsSync(file)) return;
  const size = fs.statSync(file).size;
  if (size === 0) return;
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(16);
    const read = fs.readSync(fd, header, 0, 16, 0);
    if (read < 16 || header.toString('latin1') !== SQLITE_HEADER) throw new AppError('DB_NOT_SQLITE', { file });
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A failure while opening: a full disk, a lock held elsewhere or a vanished folder is said as such
 * (the file is fine; restoring a backup would be wrong advice); anything else means a damaged file.
 */
function databaseError(error: unknown, file: string): AppError {
  const problem = systemProblem(error);
  if (problem && problem.code !== 'PATH_MISSING') return new AppError(problem.code, { ...problem.params, path: file });
  return new AppError('DB_CORRUPT', { file, reason: (error as Error).message });
}

export function openDatabase(file: string, options: { readonly?: boolean; maxSchemaVersion?: number } = {}): Db {
  assertSqliteFile(file);
  let db: Db;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (error) {
    throw databaseError(error, file);
  }
  let version: number;
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('cache_size = -131072'); // 128 MiB: bulk imports and 1M-row indexes stay in memory
    db.pragma('temp_store = MEMORY');
    // Touches the schema so a damaged file fails here, not in the middle of some later write.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    version = db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    db.close();
    throw databaseError(error, file);
  }
  // Refused before anything writes (switching to WAL rewrites the file header), so a database
  // from a newer UnionDesk is left exactly as it was.
  if (options.maxSchemaVersion !== undefined && version > options.maxSchemaVersion) {
    db.close();
    throw new AppError('DB_TOO_NEW', { found: version, supported: options.maxSchemaVersion });
  }
  try {
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  } catch (error) {
    db.close();
    throw databaseError(error, file);
  }
  beginWritesImmediately(db);
  return db;
}

/**
 * db.transaction(fn)() begins IMMEDIATE: the write lock is taken at BEGIN, where the busy timeout
 * waits for another process's transaction, instead of failing at the first write with "database
 * is locked" (a deferred reader cannot be upgraded while another process writes).
 */
function beginWritesImmediately(db: Db): void {
  const deferredTransaction = db.transaction.bind(db);
  db.transaction = ((fn: (...args: never[]) => unknown) => {
    const transaction = deferredTransaction(fn);
    return Object.assign((...args: never[]) => transaction.immediate(...args), {
      default: transaction.immediate,
      deferred: transaction.deferred,
      immediate: transaction.immediate,
      exclusive: transaction.exclusive,
      database: db,
    });
  }) as unknown as Db['transaction'];
}
