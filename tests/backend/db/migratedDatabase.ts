import path from 'node:path';
import Database from 'better-sqlite3';
import { onTestFinished } from 'vitest';
import type { useTempDirs } from '../../fixtures/backend';

/**
 * A plain connection to the database the app creates in a fresh folder (every migration run), to
 * test the schema's own constraints; closed when the test ends.
 */
export function migratedDatabase(temp: ReturnType<typeof useTempDirs>): Database.Database {
  const dir = temp.dir();
  temp.open({ dataDir: dir }).close();
  const db = new Database(path.join(dir, 'uniondesk.db'));
  onTestFinished(() => {
    db.close();
  });
  return db;
}
