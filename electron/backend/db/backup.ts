import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './connection';
import { assertSqliteFile, openDatabase } from './connection';
import { AppError } from '../core/appError';

/** A consistent copy of a live database, written beside the target and renamed into place. */
export function backupTo(db: Db, target: string): { file: string; sizeBytes: number } {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.tmp-${process.pid}`;
  fs.rmSync(temp, { force: true });
  db.prepare('VACUUM INTO ?').run(temp);
  fs.renameSync(temp, target);
  return { file: target, sizeBytes: fs.statSync(target).size };
}

export function timestampForFile(now: Date): string {
  return now.toISOString().replace(/[:T]/g, '-').replace(/\..+$/, '');
}

export function integrityCheck(db: Db): string[] {
  return (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
}

/** Checks a backup file before it replaces anything: SQLite, intact, not from a newer schema. */
export function checkRestorable(file: string, latestVersion: number): void {
  if (!fs.existsSync(file)) throw new AppError('FILE_NOT_FOUND', { file });
  assertSqliteFile(file);
  const candidate = openDatabase(file, { readonly: true });
  try {
    const problems = integrityCheck(candidate);
    if (problems.join() !== 'ok') throw new AppError('DB_CORRUPT', { file, reason: problems.slice(0, 3).join('; ') });
    const version = candidate.pragma('user_version', { simple: true }) as number;
    if (version > latestVersion) throw new AppError('DB_TOO_NEW', { found: version, supported: latestVersion });
  } finally {
    candidate.close();
  }
}

/** Replaces the database file with a copy of `source`; the caller has closed the live connection. */
export function replaceDatabaseFile(source: string, dbFile: string): void {
  const temp = `${dbFile}.restore-${process.pid}`;
  fs.copyFileSync(source, temp);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(dbFile + suffix, { force: true });
  fs.renameSync(temp, dbFile);
}
