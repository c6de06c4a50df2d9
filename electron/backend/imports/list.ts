import type { ImportRunView } from '../../../shared/audit/imports';
import type { Db } from '../db/connection';
import { columns, int, statement, text, textOrNull } from '../db/rows';
import { DELETION_PREFIX } from './withUndo';

const imports = statement(
  'SELECT id, at, actor, kind, file, imported, updated, undone_at FROM import_runs WHERE kind NOT LIKE ? ORDER BY id DESC',
  columns({ id: int, at: text, actor: text, kind: text, file: text, imported: int, updated: int, undone_at: textOrNull }),
);

/** The import history, newest first. */
export function listImports(db: Db): ImportRunView[] {
  return imports(db)
    .all(`${DELETION_PREFIX}%`)
    .map(({ undone_at, ...run }) => ({ ...run, undoneAt: undone_at }));
}
