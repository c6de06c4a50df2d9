import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './connection';
import type { Migration } from './migrations';
import { schemaProblems } from './schemaCheck';
import { assertSqliteFile } from './connection';
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

/**
 * Checks a backup file completely before it replaces anything: not empty, SQLite, not from a newer
 * schema, our tables, intact, no dangling references, no trigger our migrations do not create.
 * Opened read-only and with an untrusted schema, so nothing in the file runs or writes.
 */
export function checkRestorable(file: string, migrations: Migration[], displayName = file): void {
  if (!fs.existsSync(file)) throw new AppError('FILE_NOT_FOUND', { file: displayName });
  if (fs.statSync(file).size === 0) throw new AppError('RESTORE_EMPTY_FILE', { file: displayName });
  try {
    assertSqliteFile(file);
  } catch {
    throw new AppError('DB_NOT_SQLITE', { file: displayName });
  }
  let candidate: Db;
  try {
    candidate = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new AppError('DB_CORRUPT', { file: displayName, reason: (error as Error).message });
  }
  try {
    inspectCandidate(candidate, migrations, displayName);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('DB_CORRUPT', { file: displayName, reason: (error as Error).message });
  } finally {
    candidate.close();
  }
}

function inspectCandidate(candidate: Db, migrations: Migration[], file: string): void {
  candidate.pragma('trusted_schema = OFF');
  candidate.pragma('query_only = ON');
  const version = candidate.pragma('user_version', { simple: true }) as number;
  if (version > migrations.length) throw new AppError('DB_TOO_NEW', { found: version, supported: migrations.length });
  const schema = schemaProblems(candidate, migrations, version);
  if (version === 0 || schema.missingTables.length > 0) {
    const missing = version === 0 ? expectedTableNames(migrations) : schema.missingTables;
    throw new AppError('RESTORE_NOT_OURS', { file, missing: missing.slice(0, 5).join(', ') });
  }
  const problems = integrityCheck(candidate);
  if (problems.join() !== 'ok') throw new AppError('DB_CORRUPT', { file, reason: problems.slice(0, 3).join('; ') });
  const dangling = candidate.pragma('foreign_key_check') as { table: string }[];
  if (dangling.length > 0) {
    const tables = [...new Set(dangling.map((row) => row.table))].slice(0, 5).join(', ');
    throw new AppError('RESTORE_FOREIGN_KEYS', { file, count: dangling.length, tables });
  }
  if (schema.foreignTriggers.length > 0) {
    throw new AppError('RESTORE_HOSTILE_TRIGGER', { file, names: schema.foreignTriggers.slice(0, 5).join(', ') });
  }
}

function expectedTableNames(migrations: Migration[]): string[] {
  const reference = new Database(':memory:');
  try {
    const first = migrations[0];
    if (first) reference.exec(first.sql);
    return reference.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'").pluck().all() as string[];
  } finally {
    reference.close();
  }
}

/** Copies a restore source beside the database; a missing source is reported by the check. */
export function stageRestoreCopy(source: string, dbFile: string): string {
  const staged = `${dbFile}.restore-${process.pid}`;
  discardStaged(staged);
  if (fs.existsSync(source) && fs.statSync(source).isFile()) fs.copyFileSync(source, staged);
  return staged;
}

export function discardStaged(staged: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(staged + suffix, { force: true });
}
