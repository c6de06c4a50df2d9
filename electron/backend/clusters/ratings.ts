import type { UnionRating } from '../../../shared/clusters/bands';
import type { UnionRatingRow } from '../../../shared/clusters/model';
import { formatScore } from '../../../shared/clusters/bands';
import { foldVietnamese } from '../../../shared/domain/text/normalize';
import { isoTimestamp, type BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { writeAudit } from '../audit/auditLog';
import type { Db } from '../db/connection';
import { rankSheet } from './ranking';
import { requireSheetRow } from './sheetRepository';
import { columns, int, oneOfOrNull, query, realOrNull, scalar, text, textOrNull } from '../db/rows';

const ratingRow = columns({
  organizationId: int,
  code: textOrNull,
  name: text,
  rating: textOrNull,
  source: oneOfOrNull(['scoring', 'manual']),
  points: realOrNull,
  sheetName: textOrNull,
});

const UPSERT = `INSERT INTO union_ratings (organization_id, year, rating, source, sheet_id, points, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (organization_id, year) DO UPDATE SET rating = excluded.rating, source = excluded.source,
    sheet_id = excluded.sheet_id, points = excluded.points, updated_at = excluded.updated_at`;

/** Writes the classification of a cluster of our CĐCS into union_ratings for the sheet's year. */
export function applyRatings(ctx: BackendContext, sheetId: number): { applied: number } {
  const at = isoTimestamp(ctx.now());
  return ctx.db.transaction(() => {
    const sheet = requireSheetRow(ctx.db, sheetId);
    if (sheet.clusterScope !== 'own_unions') throw new AppError('SCORE_RATINGS_PEERS', { name: sheet.clusterName });
    const ranking = rankSheet(ctx.db, sheetId).filter((r) => r.organizationId !== null);
    const unbanded = ranking.find((r) => r.rating === null);
    if (unbanded) throw new AppError('SCORE_RATINGS_UNBANDED', { unit: unbanded.name, points: formatScore(unbanded.agreedTotal) });
    const before = ctx.db
      .prepare('SELECT organization_id, rating, source, points FROM union_ratings WHERE year = ? AND organization_id IN (SELECT organization_id FROM cluster_members WHERE cluster_id = ?)')
      .all(sheet.year, sheet.clusterId);
    const upsert = ctx.db.prepare(UPSERT);
    for (const r of ranking) upsert.run(r.organizationId, sheet.year, r.rating, 'scoring', sheetId, r.agreedTotal, at);
    writeAudit(ctx.db, ctx.actor, at, {
      action: 'update',
      entity: 'union_ratings',
      entityId: sheetId,
      before,
      after: ranking.map((r) => ({ organizationId: r.organizationId, rating: r.rating, points: r.agreedTotal })),
    });
    return { applied: ranking.length };
  })();
}

const OWN_UNIONS = `o.level = 'grassroots' AND o.parent_id = (SELECT id FROM organizations WHERE is_own_office = 1)
  AND (o.dissolved_on IS NULL OR o.dissolved_on >= @yearStart)`;

const ROW = `SELECT o.id AS organizationId, o.code, o.name, r.rating, r.source, r.points, s.name AS sheetName
  FROM organizations o
  LEFT JOIN union_ratings r ON r.organization_id = o.id AND r.year = @year
  LEFT JOIN score_sheets s ON s.id = r.sheet_id`;

/** The year's CĐCS with their rating, a page at a time. */
export function listRatings(
  db: Db,
  q: { year: number; search?: string | undefined; rating?: UnionRating | 'none' | undefined; offset: number; limit: number },
): { total: number; items: UnionRatingRow[] } {
  const clauses = [OWN_UNIONS];
  const params: Record<string, string | number> = { year: q.year, yearStart: `${q.year}-01-01` };
  if (q.search) {
    clauses.push("(o.name_fold LIKE @search OR lower(coalesce(o.code, '')) LIKE @search)");
    params.search = `%${foldVietnamese(q.search)}%`;
  }
  if (q.rating === 'none') clauses.push('r.rating IS NULL');
  else if (q.rating) {
    clauses.push('r.rating = @rating');
    params.rating = q.rating;
  }
  const where = clauses.join(' AND ');
  const total = scalar(db, `SELECT count(*) FROM (${ROW} WHERE ${where})`, int).one(params);
  const items = query(db, `${ROW} WHERE ${where} ORDER BY o.name_fold, o.id LIMIT @limit OFFSET @offset`, ratingRow).all({ ...params, limit: q.limit, offset: q.offset });
  return { total, items };
}

/** A rating typed by hand (source 'manual'); null removes the year's rating. */
export function setRating(ctx: BackendContext, organizationId: number, year: number, rating: UnionRating | null): UnionRatingRow {
  const at = isoTimestamp(ctx.now());
  return ctx.db.transaction(() => {
    const org = ctx.db.prepare("SELECT id FROM organizations WHERE id = ? AND level = 'grassroots'").get(organizationId);
    if (!org) throw new AppError('SCORE_RATING_ORG_NOT_UNION', { id: organizationId });
    const before = ctx.db.prepare('SELECT * FROM union_ratings WHERE organization_id = ? AND year = ?').get(organizationId, year);
    if (rating === null) ctx.db.prepare('DELETE FROM union_ratings WHERE organization_id = ? AND year = ?').run(organizationId, year);
    else ctx.db.prepare(UPSERT).run(organizationId, year, rating, 'manual', null, null, at);
    writeAudit(ctx.db, ctx.actor, at, { action: rating === null ? 'delete' : 'update', entity: 'union_ratings', entityId: `${organizationId}/${year}`, before, after: { rating } });
    return query(ctx.db, `${ROW} WHERE o.id = @id`, ratingRow).one({ year, id: organizationId });
  })();
}
