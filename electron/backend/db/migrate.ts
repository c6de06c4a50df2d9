import type { Db } from './connection';
import type { Migration } from './migrations';
import { AppError } from '../core/appError';

export interface MigrateResult {
  from: number;
  to: number;
  backupFile: string | null;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to the latest migration. A database that already holds data is backed up
 * first; each migration runs in its own transaction together with its user_version bump.
 */
export function migrate(db: Db, migrations: Migration[], backup: (fromVersion: number) => string): MigrateResult {
  const latest = migrations.length;
  const from = schemaVersion(db);
  if (from > latest) throw new AppError('DB_TOO_NEW', { found: from, supported: latest });
  if (from === latest) return { from, to: from, backupFile: null };
  const backupFile = from > 0 ? backup(from) : null;
  for (const migration of migrations.slice(from)) {
    try {
      db.transaction(() => {
        db.exec(migration.sql);
        db.pragma(`user_version = ${migration.version}`);
      })();
    } catch (error) {
      throw new AppError('MIGRATION_FAILED', { version: migration.version, name: migration.name, reason: (error as Error).message });
    }
  }
  return { from, to: latest, backupFile };
}
