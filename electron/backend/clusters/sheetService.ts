import { bandProblem, DEFAULT_BANDS, UNION_RATINGS } from '../../../shared/clusters/bands';
import { criterionInputSchema, sheetSettingsSchema, type CriterionInput, type SheetDetail, type SheetSettings } from '../../../shared/clusters/model';
import { DEFAULT_TIE_RULES } from '../../../shared/clusters/ranking';
import { isoTimestamp, type BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { writeAudit } from '../audit';
import type { Db } from '../db/connection';
import { requireCluster } from './clusterRepository';
import { copySheetContent } from './sheetCopy';
import { requireSheetRow, sheetBands, sheetCriteria, sheetDetail } from './sheetRepository';

export function insertBands(db: Db, sheetId: number, bands: readonly { rating: string; label: string; minPoints: number; maxPoints: number }[]): void {
  const insert = db.prepare('INSERT INTO score_bands (sheet_id, rating, label, min_points, max_points) VALUES (?, ?, ?, ?, ?)');
  for (const b of bands) insert.run(sheetId, b.rating, b.label, b.minPoints, b.maxPoints);
}

/** A sheet for the cluster: a copy of another sheet, or an empty table with the default bands. */
export function createSheet(ctx: BackendContext, clusterId: number, copyFrom: number | null): { id: number } {
  const at = isoTimestamp(ctx.now());
  return ctx.db.transaction(() => {
    const cluster = requireCluster(ctx.db, clusterId);
    if (cluster.sheetId !== null) {
      throw new AppError('SCORE_SHEET_EXISTS', { year: cluster.year, name: requireSheetRow(ctx.db, cluster.sheetId).name });
    }
    let id: number;
    if (copyFrom !== null) {
      id = copySheetContent(ctx.db, copyFrom, { year: cluster.year, clusterId, at });
    } else {
      const name = `Bảng chấm điểm thi đua ${cluster.name} năm ${cluster.year}`;
      id = Number(
        ctx.db
          .prepare('INSERT INTO score_sheets (year, cluster_id, name, tie_rules, flag_count, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)')
          .run(cluster.year, clusterId, name, JSON.stringify(DEFAULT_TIE_RULES), at, at).lastInsertRowid,
      );
      insertBands(ctx.db, id, DEFAULT_BANDS);
    }
    writeAudit(ctx.db, ctx.actor, at, { action: 'create', entity: 'score_sheets', entityId: id, after: { clusterId, copyFrom } });
    return { id };
  })();
}

export function deleteSheet(ctx: BackendContext, id: number): { deleted: number } {
  const at = isoTimestamp(ctx.now());
  return ctx.db.transaction(() => {
    const before = ctx.db.prepare('SELECT * FROM score_sheets WHERE id = ?').get(id);
    if (!before) return { deleted: 0 };
    ctx.db.prepare('DELETE FROM score_sheets WHERE id = ?').run(id);
    writeAudit(ctx.db, ctx.actor, at, { action: 'delete', entity: 'score_sheets', entityId: id, before });
    return { deleted: 1 };
  })();
}

function checkCriterion(c: ReturnType<typeof criterionInputSchema.parse>): void {
  if (c.kind !== 'section' && c.maxPoints <= 0) throw new AppError('SCORE_CRITERION_MAX_REQUIRED', { content: c.content });
}

/** Replaces the table: rows with an id are updated, new rows added, rows left out removed. */
export function saveCriteria(ctx: BackendContext, id: number, input: readonly CriterionInput[]): SheetDetail {
  const criteria = input.map((c) => criterionInputSchema.parse(c));
  criteria.forEach(checkCriterion);
  const at = isoTimestamp(ctx.now());
  return ctx.db.transaction(() => {
    requireSheetRow(ctx.db, id);
    const before = sheetCriteria(ctx.db, id);
    const known = new Set(before.map((c) => c.id));
    for (const c of criteria) if (c.id !== undefined && !known.has(c.id)) throw new AppError('SCORE_CRITERION_NOT_FOUND', { id: c.id });
    const keep = new Set(criteria.flatMap((c) => (c.id !== undefined ? [c.id] : [])));
    const remove = ctx.db.prepare('DELETE FROM score_criteria WHERE id = ?');
    for (const b of before) if (!keep.has(b.id)) remove.run(b.id);
    ctx.db.prepare('UPDATE score_criteria SET parent_id = NULL WHERE sheet_id = ?').run(id);
    const update = ctx.db.prepare(
      'UPDATE score_criteria SET parent_id = ?, position = ?, kind = ?, code = ?, content = ?, condition = ?, evidence = ?, max_points = ?, levels = ? WHERE id = ?',
    );
    const insert = ctx.db.prepare(
      'INSERT INTO score_criteria (sheet_id, parent_id, position, kind, code, content, condition, evidence, max_points, levels) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    let section: number | null = null;
    criteria.forEach((c, position) => {
      const parent = c.kind === 'section' ? null : section;
      const max = c.kind === 'section' ? 0 : c.maxPoints;
      const values = [parent, position, c.kind, c.code, c.content, c.condition, c.evidence, max, JSON.stringify(c.levels)] as const;
      const rowId = c.id !== undefined ? (update.run(...values, c.id), c.id) : Number(insert.run(id, ...values).lastInsertRowid);
      if (c.kind === 'section') section = rowId;
    });
    ctx.db.prepare('UPDATE score_sheets SET updated_at = ? WHERE id = ?').run(at, id);
    writeAudit(ctx.db, ctx.actor, at, { action: 'update', entity: 'score_criteria', entityId: id, before, after: criteria });
    return sheetDetail(ctx.db, id);
  })();
}

/** Name, tie rules, flag count and bands; bands with a gap or an overlap are refused. */
export function saveSettings(ctx: BackendContext, id: number, input: SheetSettings): SheetDetail {
  const settings = sheetSettingsSchema.parse(input);
  const problem = bandProblem(settings.bands);
  if (problem) throw new AppError(problem.code, problem.params);
  const at = isoTimestamp(ctx.now());
  return ctx.db.transaction(() => {
    const row = requireSheetRow(ctx.db, id);
    if (row.clusterScope !== 'peers') {
      const unknown = settings.bands.find((b) => !(UNION_RATINGS as readonly string[]).includes(b.rating));
      if (unknown) throw new AppError('SCORE_BAND_RATING_UNKNOWN', { label: unknown.label, rating: unknown.rating });
    }
    const before = { name: row.name, tieRules: row.tieRules, flagCount: row.flagCount, bands: sheetBands(ctx.db, id) };
    ctx.db
      .prepare('UPDATE score_sheets SET name = ?, tie_rules = ?, flag_count = ?, updated_at = ? WHERE id = ?')
      .run(settings.name, JSON.stringify(settings.tieRules), settings.flagCount, at, id);
    ctx.db.prepare('DELETE FROM score_bands WHERE sheet_id = ?').run(id);
    insertBands(ctx.db, id, settings.bands);
    writeAudit(ctx.db, ctx.actor, at, { action: 'update', entity: 'score_sheets', entityId: id, before, after: settings });
    return sheetDetail(ctx.db, id);
  })();
}
