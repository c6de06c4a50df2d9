import type { Backend } from '../../../electron/backend/backend';
import { readDb } from '../../fixtures/backend';

/** Bookkeeping an undo leaves as it is (the history of what happened is kept). */
const KEPT = new Set(['audit_log', 'settings', 'import_runs', 'import_run_rows']);

/** Every data table, every row, every column: what "the exact previous rows" means. */
export function dataDump(backend: Backend) {
  return readDb(backend.dbFile, (db) => {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]).filter((t) => !KEPT.has(t));
    return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).all()]));
  });
}
