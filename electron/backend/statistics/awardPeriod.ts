import { reportingPeriod, type ReportingPeriod } from '../../../shared/statistics/period';
import type { Db } from '../db/connection';
import { columns, int, scalarStatement, statement, textOrNull } from '../db/rows';

const cutoffSql = scalarStatement('SELECT cutoff_on FROM reports WHERE year = ?', textOrNull);
const ownDecisionsSql = statement(
  `SELECT count(*) AS count,
          coalesce(sum((SELECT count(*) FROM awards a WHERE a.decision_id = d.id)), 0) AS awards,
          coalesce(sum((SELECT sum(a.amount) FROM awards a WHERE a.decision_id = d.id)), 0) AS amount
     FROM award_decisions d WHERE d.issuer_level = 'own_office' AND d.decided_on BETWEEN ? AND ?`,
  columns({ count: int, awards: int, amount: int }),
);
const proposalsSql = statement(
  `SELECT count(*) AS proposed,
          coalesce(sum(i.status = 'approved' AND coalesce(d.decided_on, substr(i.decided_at, 1, 10)) <= @to), 0) AS approved,
          coalesce(sum(i.status = 'rejected' AND coalesce(d.decided_on, substr(i.decided_at, 1, 10)) <= @to), 0) AS rejected
     FROM award_proposal_items i JOIN award_proposals p ON p.id = i.proposal_id
     LEFT JOIN award_decisions d ON d.id = i.upper_decision_id
    WHERE p.submitted_on BETWEEN @from AND @to`,
  columns({ proposed: int, approved: int, rejected: int }),
);

/**
 * The one rule for "the awards of year Y", used by the report's statistics and the dashboard: an
 * award counts in the statistics period whose days hold its decision's date (decided_on), from the
 * day after the previous cut-off to the cut-off (Quyết định 1454/QĐ-TLĐ; default 01/12/(Y−1)–
 * 30/11/Y). The cut-off is the year's report's when there is one. A proposal counts in the period
 * it was sent up in; an item is approved or rejected only when that happened by the cut-off
 * (approval: the upper decision's date), else it is still waiting at the cut-off.
 */
export function awardPeriodOf(db: Db, year: number): ReportingPeriod {
  const cutoff = cutoffSql(db).get(year);
  return reportingPeriod(year, cutoff ?? undefined);
}

export interface OwnDecisions {
  count: number;
  awards: number;
  amount: number;
}

/** Our office's decisions dated in the period, their awards and money. */
export function ownDecisionsIn(db: Db, period: ReportingPeriod): OwnDecisions {
  return ownDecisionsSql(db).one(period.from, period.to);
}

/** Items of the proposals sent up in the period, and how many were approved or rejected by its cut-off. */
export function proposalsIn(db: Db, period: ReportingPeriod): { proposed: number; approved: number; rejected: number } {
  return proposalsSql(db).one({ from: period.from, to: period.to });
}
