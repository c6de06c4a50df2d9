import path from 'node:path';
import { openDatabase, type Db } from '../../../electron/backend/db/connection';
import { loadMigrations } from '../../../electron/backend/db/migrations';
import { migrate } from '../../../electron/backend/db/migrate';
import { MIGRATIONS_DIR } from '../../fixtures/backend';

const noBackup = () => 'none';

/**
 * A database in `dir` migrated up to the migration named `name` (found by name: numbers change at
 * merge), not including it; `rest()` runs it and the ones after.
 */
export function migratedUpTo(dir: string, name: string): { db: Db; rest: () => void } {
  const all = loadMigrations(MIGRATIONS_DIR);
  const index = all.findIndex((m) => m.name === name);
  if (index < 0) throw new Error(`no migration named ${name}`);
  const db = openDatabase(path.join(dir, 'uniondesk.db'));
  migrate(db, all.slice(0, index), noBackup);
  return { db, rest: () => migrate(db, all, noBackup) };
}
