import { CLUSTER_SCOPES, CRITERION_KINDS, type Criterion, type SheetDetail, type SheetSummary } from '../../../shared/clusters/model';
import { parseTieRules, type Band, type RankingScore } from '../../../shared/clusters/ranking';
import type { Db } from '../db/connection';
import { AppError } from '../core/appError';
import { clusterMembers } from './clusterRepository';
import { rankSheet } from './ranking';
import { columns, int, intOrNull, oneOf, oneOfOrNull, query, real, realOrNull, scalar, statement, text, type RowOf } from '../db/rows';

const SUMMARY = `SELECT s.id, s.year, s.cluster_id AS clusterId, coalesce(c.name, '') AS clusterName, c.scope AS clusterScope, s.name,
  (SELECT count(*) FROM score_criteria k WHERE k.sheet_id = s.id AND k.kind = 'criterion') AS criteriaCount,
  (SELECT coalesce(sum(k.max_points), 0) FROM score_criteria k WHERE k.sheet_id = s.id AND k.kind = 'criterion') AS maxTotal,
  (SELECT count(*) FROM cluster_members m WHERE m.cluster_id = s.cluster_id) AS unitCount,
  s.tie_rules AS tieRules, s.flag_count AS flagCount, s.updated_at AS updatedAt
  FROM score_sheets s LEFT JOIN clusters c ON c.id = s.cluster_id`;

const summaryRow = columns({
  id: int,
  year: int,
  clusterId: intOrNull,
  clusterName: text,
  clusterScope: oneOfOrNull(CLUSTER_SCOPES),
  name: text,
  criteriaCount: int,
  maxTotal: real,
  unitCount: int,
  tieRules: text,
  flagCount: int,
  updatedAt: text,
});
type SummaryRow = RowOf<typeof summaryRow>;

const criteriaOf = statement(
  `SELECT id, parent_id AS parentId, position, kind, code, content, condition, evidence, max_points AS maxPoints, levels
     FROM score_criteria WHERE sheet_id = ? ORDER BY position, id`,
  columns({ id: int, parentId: intOrNull, position: int, kind: oneOf(CRITERION_KINDS), code: text, content: text, condition: text, evidence: text, maxPoints: real, levels: text }),
);
const bandsOf = statement(
  'SELECT rating, label, min_points AS minPoints, max_points AS maxPoints FROM score_bands WHERE sheet_id = ? ORDER BY min_points DESC',
  columns({ rating: text, label: text, minPoints: real, maxPoints: real }),
);
const scoresOf = statement(
  `SELECT s.criterion_id AS criterionId, s.cluster_member_id AS clusterMemberId, s.self_score AS selfScore, s.agreed_score AS agreedScore
     FROM scores s JOIN score_criteria c ON c.id = s.criterion_id WHERE c.sheet_id = ?`,
  columns({ criterionId: int, clusterMemberId: int, selfScore: realOrNull, agreedScore: realOrNull }),
);

export function listSheets(db: Db, year: number): SheetSummary[] {
  return query(db, `${SUMMARY} WHERE s.year = ? ORDER BY c.scope DESC, c.name, s.id`, summaryRow).all(year).map(
    ({ tieRules: _t, flagCount: _f, updatedAt: _u, ...rest }) => rest,
  );
}

export function requireSheetRow(db: Db, id: number): SummaryRow {
  const row = query(db, `${SUMMARY} WHERE s.id = ?`, summaryRow).get(id);
  if (!row) throw new AppError('SCORE_SHEET_NOT_FOUND', { id });
  return row;
}

export function sheetCriteria(db: Db, sheetId: number): Criterion[] {
  return criteriaOf(db).all(sheetId).map((r) => ({ ...r, levels: JSON.parse(r.levels) as Criterion['levels'] }));
}

export function sheetBands(db: Db, sheetId: number): Band[] {
  return bandsOf(db).all(sheetId);
}

export function sheetScores(db: Db, sheetId: number): RankingScore[] {
  return scoresOf(db).all(sheetId);
}

export function sheetDetail(db: Db, id: number): SheetDetail {
  const row = requireSheetRow(db, id);
  const ratingsApplied = scalar(db, "SELECT count(*) FROM union_ratings WHERE sheet_id = ? AND source = 'scoring'", int).one(id);
  return {
    sheet: { ...row, tieRules: parseTieRules(row.tieRules) },
    criteria: sheetCriteria(db, id),
    bands: sheetBands(db, id),
    units: row.clusterId === null ? [] : clusterMembers(db, row.clusterId),
    scores: sheetScores(db, id),
    ranking: rankSheet(db, id),
    ratingsApplied,
  };
}
