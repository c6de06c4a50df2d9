import { formatScore } from '../../../shared/clusters/bands';
import type { ScoreCell } from '../../../shared/clusters/model';
import { roundPoints, type RankedUnit } from '../../../shared/clusters/ranking';
import { isoTimestamp, type BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { writeAudit } from '../audit';
import { clusterMembers } from './clusterRepository';
import { rankSheet } from './ranking';
import { requireSheetRow, sheetCriteria } from './sheetRepository';

const FIELD_LABEL = {
  vi: { self: 'điểm tự chấm', agreed: 'điểm thống nhất' },
  en: { self: 'self-score', agreed: 'agreed score' },
} as const;

/** Saves the cells in one transaction; one cell out of range refuses them all, naming unit, criterion and maximum. */
export function saveScores(ctx: BackendContext, sheetId: number, cells: readonly ScoreCell[]): { saved: number; ranking: RankedUnit[] } {
  const at = isoTimestamp(ctx.now());
  return ctx.db.transaction(() => {
    const sheet = requireSheetRow(ctx.db, sheetId);
    const criteria = new Map(sheetCriteria(ctx.db, sheetId).map((c) => [c.id, c]));
    const units = new Map((sheet.clusterId === null ? [] : clusterMembers(ctx.db, sheet.clusterId)).map((u) => [u.id, u]));
    const labels = FIELD_LABEL[ctx.locale];
    const upsert = {
      self: ctx.db.prepare(
        `INSERT INTO scores (criterion_id, cluster_member_id, self_score, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (criterion_id, cluster_member_id) DO UPDATE SET self_score = excluded.self_score, updated_at = excluded.updated_at`,
      ),
      agreed: ctx.db.prepare(
        `INSERT INTO scores (criterion_id, cluster_member_id, agreed_score, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (criterion_id, cluster_member_id) DO UPDATE SET agreed_score = excluded.agreed_score, updated_at = excluded.updated_at`,
      ),
    };
    for (const cell of cells) {
      const criterion = criteria.get(cell.criterionId);
      if (!criterion) throw new AppError('SCORE_CRITERION_NOT_FOUND', { id: cell.criterionId });
      const label = [criterion.code, criterion.content].filter(Boolean).join('. ');
      if (criterion.kind === 'section') throw new AppError('SCORE_SECTION_NOT_SCORED', { criterion: label });
      const unit = units.get(cell.clusterMemberId);
      if (!unit) throw new AppError('SCORE_UNIT_NOT_IN_SHEET', { id: cell.clusterMemberId });
      const value = cell.value === null ? null : roundPoints(cell.value);
      const params = { unit: unit.name, criterion: label, kind: labels[cell.field], value: formatScore(value), max: formatScore(criterion.maxPoints) };
      if (value !== null && value < 0) throw new AppError('SCORE_NEGATIVE', params);
      if (value !== null && value > criterion.maxPoints) throw new AppError('SCORE_ABOVE_MAX', params);
      upsert[cell.field].run(cell.criterionId, cell.clusterMemberId, value, at);
    }
    ctx.db.prepare('DELETE FROM scores WHERE self_score IS NULL AND agreed_score IS NULL AND criterion_id IN (SELECT id FROM score_criteria WHERE sheet_id = ?)').run(sheetId);
    ctx.db.prepare('UPDATE score_sheets SET updated_at = ? WHERE id = ?').run(at, sheetId);
    writeAudit(ctx.db, ctx.actor, at, { action: 'update', entity: 'scores', entityId: sheetId, after: cells });
    return { saved: cells.length, ranking: rankSheet(ctx.db, sheetId) };
  })();
}
