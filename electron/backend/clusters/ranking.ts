import type { Db } from '../db/connection';
import { columns, int, intOrNull, oneOf, statement, text } from '../db/rows';
import { sheetBands, sheetScores } from './sheetRepository';
import { CRITERION_KINDS } from '../../../shared/clusters/model';
import { parseTieRules, rankUnits, type RankedUnit } from '../../../shared/clusters/ranking';
import { AppError } from '../core/appError';

export type { RankedUnit } from '../../../shared/clusters/ranking';

const sheetRow = statement('SELECT id, cluster_id AS clusterId, tie_rules AS tieRules, flag_count AS flagCount FROM score_sheets WHERE id = ?', columns({ id: int, clusterId: intOrNull, tieRules: text, flagCount: int }));
const unitRows = statement(
  `SELECT id AS clusterMemberId, organization_id AS organizationId, name FROM cluster_members
   WHERE cluster_id = ? ORDER BY position, id`,
  columns({ clusterMemberId: int, organizationId: intOrNull, name: text }),
);
const criterionRows = statement('SELECT id, kind FROM score_criteria WHERE sheet_id = ?', columns({ id: int, kind: oneOf(CRITERION_KINDS) }));

/** Totals, ranks, ratings and flag proposals of a sheet's cluster, best first. */
export function rankSheet(db: Db, sheetId: number): RankedUnit[] {
  const sheet = sheetRow(db).get(sheetId);
  if (!sheet) throw new AppError('SCORE_SHEET_NOT_FOUND', { id: sheetId });
  if (sheet.clusterId === null) return [];
  return rankUnits({
    units: unitRows(db).all(sheet.clusterId),
    criteria: criterionRows(db).all(sheetId),
    scores: sheetScores(db, sheetId),
    bands: sheetBands(db, sheetId),
    tieRules: parseTieRules(sheet.tieRules),
    flagCount: sheet.flagCount,
  });
}
