import type { DashboardYear } from '../../../shared/ipc/contracts/dashboard';
import type { Db } from '../db/connection';
import { awardPeriodOf, ownDecisionsIn } from '../statistics';
import { columns, int, intOrNull, query, scalar, text, textOrNull } from '../db/rows';

// Each query starts from a year index (campaigns_year, award_decisions_year, awards_year,
// award_proposals_year, reports.year) and never reads members.
const CAMPAIGNS = `
  SELECT count(*) AS count,
         coalesce(sum((SELECT count(*) FROM campaign_works w WHERE w.campaign_id = c.id)), 0) AS works,
         coalesce(sum((SELECT count(*) FROM initiatives i WHERE i.campaign_id = c.id)), 0) AS initiatives
    FROM campaigns c WHERE c.year = ?`;

const CLUSTERS = `
  SELECT count(*) AS total,
         coalesce(sum(EXISTS (
           SELECT 1 FROM score_sheets s JOIN score_criteria k ON k.sheet_id = s.id JOIN scores sc ON sc.criterion_id = k.id
            WHERE s.cluster_id = c.id AND sc.agreed_score IS NOT NULL)), 0) AS scored
    FROM clusters c WHERE c.year = ?`;

// The awards of the year's decisions, every issuer's: the ones the certificates screen lists.
const UNPRINTED = `
  SELECT count(*) FROM award_decisions d JOIN awards a ON a.decision_id = d.id
   WHERE d.year = ? AND a.certificate_printed_at IS NULL`;

const PROPOSALS = `
  SELECT coalesce(sum(p.submitted_on IS NOT NULL AND p.waiting > 0), 0) AS pending,
         coalesce(sum(CASE WHEN p.submitted_on IS NOT NULL THEN p.waiting ELSE 0 END), 0) AS pendingItems,
         coalesce(sum(p.submitted_on IS NULL), 0) AS drafts
    FROM (SELECT submitted_on,
                 (SELECT count(*) FROM award_proposal_items i WHERE i.proposal_id = a.id AND i.status = 'proposed') AS waiting
            FROM award_proposals a WHERE a.year = ?) p`;

const REPORT = `
  SELECT r.updated_at AS savedAt, v.version, v.finalized_at AS finalizedAt
    FROM reports r
    LEFT JOIN report_versions v ON v.id = (SELECT id FROM report_versions WHERE report_id = r.id ORDER BY version DESC LIMIT 1)
   WHERE r.year = ?`;

export function dashboardYear(db: Db, year: number): DashboardYear {
  const campaigns = query(db, CAMPAIGNS, columns({ count: int, works: int, initiatives: int })).one(year);
  const clusters = query(db, CLUSTERS, columns({ total: int, scored: int })).one(year);
  // The awards of the year as the report counts them (awardPeriod.ts): decided in its period.
  const period = awardPeriodOf(db, year);
  const decisions = { ...ownDecisionsIn(db, period), from: period.from, to: period.to };
  const certificatesUnprinted = scalar(db, UNPRINTED, int).one(year);
  const proposals = query(db, PROPOSALS, columns({ pending: int, pendingItems: int, drafts: int })).one(year);
  const report = query(db, REPORT, columns({ savedAt: text, version: intOrNull, finalizedAt: textOrNull })).get(year);
  return {
    year,
    campaigns,
    clusters,
    decisions,
    certificatesUnprinted,
    proposals,
    report: report
      ? { state: report.version === null ? 'draft' : 'final', savedAt: report.savedAt, version: report.version, finalizedAt: report.finalizedAt }
      : { state: 'none', savedAt: null, version: null, finalizedAt: null },
  };
}
