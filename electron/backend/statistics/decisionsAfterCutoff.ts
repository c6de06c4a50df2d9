import type { ReportingPeriod } from '../../../shared/statistics/period';
import type { Db } from '../db/connection';
import { columns, int, statement } from '../db/rows';

const countSql = statement(`
  SELECT count(*) AS decisions, coalesce((SELECT count(*) FROM awards a JOIN award_decisions x ON x.id = a.decision_id
                                           WHERE x.decided_on > @cutoff AND x.decided_on <= @yearEnd), 0) AS awards
    FROM award_decisions WHERE decided_on > @cutoff AND decided_on <= @yearEnd`,
  columns({ decisions: int, awards: int }),
);

/** Award decisions dated in the calendar year of the period but after its cut-off: they count in the next period. */
export function decisionsAfterCutoff(db: Db, period: ReportingPeriod): { decisions: number; awards: number } {
  return countSql(db).one({ cutoff: period.to, yearEnd: `${period.year}-12-31` });
}
