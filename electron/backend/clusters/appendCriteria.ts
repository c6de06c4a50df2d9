import { criterionInputSchema, type CriterionInput } from '../../../shared/clusters/model';
import { isoTimestamp, type BackendContext } from '../core/context';
import { writeAudit } from '../audit/auditLog';
import { requireSheetRow } from './sheetRepository';
import { int, scalar } from '../db/rows';

/**
 * Adds rows after the sheet's last row, inside the caller's transaction (an import): a criterion
 * belongs to the section above it, in the file or, before the file's first section, on the sheet.
 */
export function appendCriteria(ctx: BackendContext, sheetId: number, input: readonly CriterionInput[]): number {
  const criteria = input.map((c) => criterionInputSchema.parse(c));
  const at = isoTimestamp(ctx.now());
  requireSheetRow(ctx.db, sheetId);
  const last = scalar(ctx.db, 'SELECT coalesce(max(position), -1) FROM score_criteria WHERE sheet_id = ?', int).one(sheetId);
  let section = (ctx.db
    .prepare("SELECT id FROM score_criteria WHERE sheet_id = ? AND kind = 'section' ORDER BY position DESC, id DESC LIMIT 1")
    .pluck()
    .get(sheetId) ?? null) as number | null;
  const insert = ctx.db.prepare(
    'INSERT INTO score_criteria (sheet_id, parent_id, position, kind, code, content, condition, evidence, max_points, levels) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  criteria.forEach((c, index) => {
    const parent = c.kind === 'section' ? null : section;
    const max = c.kind === 'section' ? 0 : c.maxPoints;
    const id = Number(insert.run(sheetId, parent, last + 1 + index, c.kind, c.code, c.content, c.condition, c.evidence, max, JSON.stringify(c.levels)).lastInsertRowid);
    if (c.kind === 'section') section = id;
  });
  ctx.db.prepare('UPDATE score_sheets SET updated_at = ? WHERE id = ?').run(at, sheetId);
  writeAudit(ctx.db, ctx.actor, at, { action: 'create', entity: 'score_criteria', entityId: sheetId, after: criteria });
  return criteria.length;
}
