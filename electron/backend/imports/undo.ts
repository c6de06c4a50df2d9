import type { BackendContext } from '../core/context';
import type { Db } from '../db/connection';
import { AppError } from '../core/appError';
import { writeAudit } from '../audit/auditLog';
import { auditRow, describeAuditRow } from '../audit/summary';
import { columns, int, scalar, statement, text, textOrNull, type RowOf } from '../db/rows';
import { memberSearchKeys } from '../members/derived';
import { bumpMembersVersion } from '../members/version';
import { formatDateVi } from '../../../shared/domain/format/date';
import { fingerprintRows, runRow, type RunRow } from './record';
import { DELETION_PREFIX } from './withUndo';
import { auditTexts } from '../../../shared/audit/texts';
import { interpolate } from '../../../shared/i18n/locale';
import { quoteName, tableShape } from './tables';

const runRecord = columns({ id: int, at: text, kind: text, file: text, imported: int, updated: int, audit_id: int, fingerprint: text, undone_at: textOrNull });
type RunRecord = RowOf<typeof runRecord>;

const runById = statement('SELECT id, at, kind, file, imported, updated, audit_id, fingerprint, undone_at FROM import_runs WHERE id = ?', runRecord);
const rowsOfRun = statement('SELECT seq, tbl, op, row_from, row_to, before FROM import_run_rows WHERE run_id = ? ORDER BY seq', runRow);
const laterRun = statement(
  `SELECT r.file, r.at FROM import_runs r
    WHERE r.id > ? AND r.undone_at IS NULL
      AND EXISTS (SELECT 1 FROM import_run_rows b JOIN import_run_rows a ON a.tbl = b.tbl AND a.row_from <= b.row_to AND b.row_from <= a.row_to
                   WHERE a.run_id = ? AND b.run_id = r.id)
    ORDER BY r.id DESC LIMIT 1`,
  columns({ file: text, at: text }),
);
const laterEdit = statement(
  `SELECT id, at, actor, action, entity, entity_id, before, after FROM audit_log
    WHERE id > ? AND entity = ? AND action <> 'import' AND entity_id GLOB '[0-9]*' AND CAST(entity_id AS INTEGER) BETWEEN ? AND ? LIMIT 1`,
  auditRow,
);
const membersInRange = statement(
  'SELECT id, name_fold, cccd, card_number, phone FROM members WHERE id BETWEEN ? AND ?',
  columns({ id: int, name_fold: text, cccd: textOrNull, card_number: text, phone: text }),
);

const when = (at: string) => formatDateVi(at.slice(0, 10));

/** "lần nhập tệp "ds.xlsx"" or "việc xóa Nguyễn Văn An", for the messages. */
function subjectOf(ctx: BackendContext, run: RunRecord, start = false): string {
  const texts = auditTexts[ctx.locale];
  const deletion = run.kind.startsWith(DELETION_PREFIX);
  const template = deletion ? (start ? texts.deletionSubjectStart : texts.deletionSubject) : start ? texts.importSubjectStart : texts.importSubject;
  return interpolate(template, { file: run.file });
}

function requireRun(ctx: BackendContext, id: number): RunRecord {
  const run = runById(ctx.db).get(id);
  if (!run) throw new AppError('IMPORT_RUN_NOT_FOUND', { id });
  if (run.undone_at) throw new AppError('IMPORT_ALREADY_UNDONE', { subject: subjectOf(ctx, run, true), date: when(run.undone_at) });
  return run;
}

/** Refuses (naming what) when a later import touched the same rows or a later edit changed them. */
function refuseIfTouchedLater(ctx: BackendContext, run: RunRecord, rows: RunRow[]): void {
  const later = laterRun(ctx.db).get(run.id, run.id);
  if (later) throw new AppError('IMPORT_LATER_DEPENDS', { subject: subjectOf(ctx, run), later: later.file, when: when(later.at) });
  for (const row of rows) {
    const found = laterEdit(ctx.db).get(run.audit_id, row.tbl, row.row_from, row.row_to);
    if (found) throw new AppError('IMPORT_CHANGED_LATER', { subject: subjectOf(ctx, run), record: describeAuditRow(found, ctx.locale).headline, when: when(found.at) });
  }
  if (fingerprintRows(ctx.db, rows) !== run.fingerprint) throw new AppError('IMPORT_ROWS_CHANGED_LATER', { subject: subjectOf(ctx, run) });
}

function putBack(db: Db, row: RunRow): void {
  const shape = tableShape(db, row.tbl);
  const image = JSON.parse(row.before ?? '{}') as Record<string, unknown>;
  const values = shape.columns.map((c) => image[c] ?? null);
  const table = quoteName(row.tbl);
  if (row.op === 'update') {
    db.prepare(`UPDATE main.${table} SET ${shape.columns.map((c) => `${quoteName(c)} = ?`).join(', ')} WHERE rowid = ?`).run(...values, row.row_from);
  } else {
    const columns = [...(shape.rowidAliased ? [] : ['rowid']), ...shape.columns.map(quoteName)];
    db.prepare(`INSERT INTO main.${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...(shape.rowidAliased ? [] : [row.row_from]), ...values);
  }
}

/** Search keys are derived: those of every member the import touched are written again from the member as restored. */
function rebuildSearchKeys(db: Db, rows: RunRow[]): void {
  const ranges = rows.filter((r) => r.tbl === 'members');
  if (ranges.length === 0) return;
  const dropKeys = db.prepare('DELETE FROM member_search_keys WHERE member_id BETWEEN ? AND ?');
  const addKey = db.prepare('INSERT OR IGNORE INTO member_search_keys (key, member_id) VALUES (?, ?)');
  for (const range of ranges) {
    dropKeys.run(range.row_from, range.row_to);
    for (const m of membersInRange(db).all(range.row_from, range.row_to)) {
      for (const key of memberSearchKeys({ nameFold: m.name_fold, cccd: m.cccd, cardNumber: m.card_number, phone: m.phone })) addKey.run(key, m.id);
    }
  }
  bumpMembersVersion(db);
}

/** Tables with a reference to one of `targets`: the only ones a removed row can leave dangling. */
function referencingTables(db: Db, targets: Set<string>): string[] {
  const tables = scalar(db, "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", text).all();
  return tables.filter((table) => (db.pragma(`foreign_key_list(${quoteName(table)})`) as { table: string }[]).some((fk) => targets.has(fk.table)));
}

/**
 * Puts back exactly the rows an import found — rows it added removed, rows it changed or deleted as
 * they were — in one transaction; refused when later imports or edits touched those rows.
 */
export function undoImport(ctx: BackendContext, id: number): { removed: number; restored: number } {
  const run = requireRun(ctx, id);
  const rows = rowsOfRun(ctx.db).all(id);
  refuseIfTouchedLater(ctx, run, rows);
  const inserted = rows.filter((r) => r.op === 'insert');
  const addedByImport = (r: RunRow) => inserted.some((i) => i.tbl === r.tbl && i.row_from <= r.row_from && r.row_from <= i.row_to);
  const at = ctx.now().toISOString();
  let removed = 0;
  let restored = 0;
  ctx.db.transaction(() => {
      // Rows come back in any order; references are checked once, at the end.
      ctx.db.pragma('defer_foreign_keys = ON');
      for (const row of [...rows].reverse()) {
        if (row.op === 'insert' || addedByImport(row)) continue;
        putBack(ctx.db, row);
        restored++;
      }
      for (const row of inserted) {
      ctx.db.prepare(`DELETE FROM main.${quoteName(row.tbl)} WHERE rowid BETWEEN ? AND ?`).run(row.row_from, row.row_to);
      removed += row.row_to - row.row_from + 1;
    }
      rebuildSearchKeys(ctx.db, rows);
      ctx.db.prepare('UPDATE import_runs SET undone_at = ? WHERE id = ?').run(at, id);
      if (run.kind.startsWith(DELETION_PREFIX)) {
        const entity = run.kind.slice(DELETION_PREFIX.length);
        const restoredIds = rows.filter((r) => r.tbl === entity && r.op === 'delete').map((r) => r.row_from);
        writeAudit(ctx.db, ctx.actor, at, { action: 'restore', entity, entityId: restoredIds.length === 1 ? restoredIds[0] : null, after: { label: run.file } });
      } else {
        writeAudit(ctx.db, ctx.actor, at, { action: 'undo', entity: 'imports', entityId: id, before: { file: run.file, kind: run.kind, imported: run.imported, updated: run.updated } });
      }
      const dangling = referencingTables(ctx.db, new Set(inserted.map((r) => r.tbl))).find((table) => (ctx.db.pragma(`foreign_key_check(${quoteName(table)})`) as unknown[]).length > 0);
      if (dangling) throw new AppError('IMPORT_STILL_USED', { subject: subjectOf(ctx, run), table: dangling });
  })();
  return { removed, restored };
}
