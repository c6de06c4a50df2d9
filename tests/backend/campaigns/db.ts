import path from 'node:path';
import { openDatabase, type Db } from '../../../electron/backend/db/connection';
import { loadMigrations } from '../../../electron/backend/db/migrations';
import { migrate } from '../../../electron/backend/db/migrate';
import { MIGRATIONS_DIR } from '../../fixtures/backend';

const NOW = '2025-03-15T08:00:00.000Z';

/** A migrated database in `dir`, with nothing in it. */
export function migratedDb(dir: string): Db {
  const db = openDatabase(path.join(dir, 'uniondesk.db'));
  migrate(db, loadMigrations(MIGRATIONS_DIR), () => 'no-backup');
  return db;
}

export function insertOrg(db: Db, name: string): number {
  return Number(
    db
      .prepare(`INSERT INTO organizations (level, name, name_fold, created_at, updated_at) VALUES ('grassroots', ?, ?, ?, ?)`)
      .run(name, name.toLowerCase(), NOW, NOW).lastInsertRowid,
  );
}

export function insertMember(db: Db, organizationId: number, fullName: string): number {
  return Number(
    db
      .prepare(`INSERT INTO members (organization_id, full_name, name_fold, sort_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`)
      .run(organizationId, fullName, fullName.toLowerCase(), fullName.toLowerCase(), NOW, NOW).lastInsertRowid,
  );
}

export function insertCampaign(db: Db, year: number, name: string, kind = 'regular'): number {
  return Number(
    db
      .prepare(`INSERT INTO campaigns (year, name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`)
      .run(year, name, kind, NOW, NOW).lastInsertRowid,
  );
}

export function insertRow(db: Db, table: string, values: Record<string, unknown>): number {
  const columns = Object.keys(values);
  return Number(
    db
      .prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
      .run(...Object.values(values)).lastInsertRowid,
  );
}
