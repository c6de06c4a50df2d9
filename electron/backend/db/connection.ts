import fs from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../core/appError';

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

export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  assertSqliteFile(file);
  let db: Db;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (error) {
    throw new AppError('DB_CORRUPT', { file, reason: (error as Error).message });
  }
  try {
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Touches the schema so a damaged file fails here, not in the middle of some later write.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    db.close();
    throw new AppError('DB_CORRUPT', { file, reason: (error as Error).message });
  }
  return db;
}
