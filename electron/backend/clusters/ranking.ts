import type { Db } from '../db/connection';
import { statement } from '../db/rows';
import { parseTieRules, rankUnits, type Band, type CriterionKind, type RankedUnit } from '../../../shared/clusters/ranking';
import { AppError } from '../core/appError';

export type { RankedUnit } from '../../../shared/clusters/ranking';

const sheetRow = statement('SELECT id, cluster_id AS clusterId, tie_rules AS tieRules, flag_count AS flagCount FROM score_sheets WHERE id = ?');
const unitRows = statement(
  `SELECT id AS clusterMemberId, organization_id AS organizationId, name FROM cluster_members
   WHERE cluster_id = ? ORDER BY position, id`,
);
const criterionRows = statement('SELECT id, kind FROM score_criteria WHERE sheet_id = ?');
const scoreRows = statement(
  `SELECT s.criterion_id AS criterionId, s.cluster_member_id AS clusterMemberId,
          s.self_score AS selfScore, s.agreed_score AS agreedScore
   FROM scores s JOIN score_criteria c ON c.id = s.criterion_id WHERE c.sheet_id = ?`,
);
const bandRows = statement(
  'SELECT rating, label, min_points AS minPoints, max_points AS maxPoints FROM score_bands WHERE sheet_id = ? ORDER BY min_points DESC',
);

/** Totals, ranks, ratings and flag proposals of a sheet's cluster, best first. */
export function rankSheet(db: Db, sheetId: number): RankedUnit[] {
  const sheet = sheetRow(db).get(sheetId) as { id: number; clusterId: number | null; tieRules: string; flagCount: number } | undefined;
  if (!sheet) throw new AppError('SCORE_SHEET_NOT_FOUND', { id: sheetId });
  if (sheet.clusterId === null) return [];
  return rankUnits({
    units: unitRows(db).all(sheet.clusterId) as { clusterMemberId: number; organizationId: number | null; name: string }[],
    criteria: criterionRows(db).all(sheetId) as { id: number; kind: CriterionKind }[],
    scores: scoreRows(db).all(sheetId) as { criterionId: number; clusterMemberId: number; selfScore: number | null; agreedScore: number | null }[],
    bands: bandRows(db).all(sheetId) as Band[],
    tieRules: parseTieRules(sheet.tieRules),
    flagCount: sheet.flagCount,
  });
}
