import type { ImportRunView } from '../../../shared/audit/imports';
import type { Db } from '../db/connection';
import { DELETION_PREFIX } from './withUndo';

/** The import history, newest first. */
export function listImports(db: Db): ImportRunView[] {
  return (
    db.prepare('SELECT id, at, actor, kind, file, imported, updated, undone_at FROM import_runs WHERE kind NOT LIKE ? ORDER BY id DESC').all(`${DELETION_PREFIX}%`) as (Omit<ImportRunView, 'undoneAt'> & { undone_at: string | null })[]
  ).map(({ undone_at, ...run }) => ({ ...run, undoneAt: undone_at }));
}
