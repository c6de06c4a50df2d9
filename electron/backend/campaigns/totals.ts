import type { CampaignTotals, CampaignTotalsFilter } from '../../../shared/campaigns/totals';
import type { Db } from '../db/connection';
import { columns, int, query, type Shape } from '../db/rows';

export type { CampaignTotals, CampaignTotalsFilter } from '../../../shared/campaigns/totals';

/** The campaigns a filter covers, as a CTE every query below starts with. */
function scope(filter: CampaignTotalsFilter): { cte: string; param: number } {
  return 'campaignId' in filter
    ? { cte: 'WITH scope AS (SELECT id FROM campaigns WHERE id = ?)', param: filter.campaignId }
    : { cte: 'WITH scope AS (SELECT id FROM campaigns WHERE year = ?)', param: filter.year };
}

const WORKS = `
  SELECT COALESCE(SUM(w.level = 'grassroots'), 0) AS grassroots,
         COALESCE(SUM(w.level = 'upper'), 0) AS upper,
         COALESCE(SUM(w.plaque), 0) AS plaque,
         COALESCE(SUM(w.value), 0) AS value
  FROM campaign_works w JOIN scope s ON s.id = w.campaign_id`;

const INITIATIVES = `
  SELECT count(*) AS count, COALESCE(SUM(i.value), 0) AS value,
         (SELECT count(DISTINCT CASE WHEN a.member_id IS NOT NULL THEN 'm' || a.member_id ELSE 'n' || lower(trim(a.name)) END)
            FROM initiative_authors a JOIN initiatives i2 ON i2.id = a.initiative_id JOIN scope s2 ON s2.id = i2.campaign_id) AS authors
  FROM initiatives i JOIN scope s ON s.id = i.campaign_id`;

const CONTESTS = `
  SELECT (SELECT count(*) FROM contests c2 JOIN scope s2 ON s2.id = c2.campaign_id) AS count,
         count(e.id) AS contestants,
         count(DISTINCT NULLIF(trim(e.enterprise_name), '')) AS enterprises,
         count(DISTINCT NULLIF(trim(e.district_name), '')) AS districts,
         count(DISTINCT NULLIF(trim(e.trade), '')) AS trades,
         COALESCE(SUM(e.result <> 'none'), 0) AS prizeWinners,
         COALESCE(SUM(e.prize_amount), 0) AS prizeMoney
  FROM contest_entries e JOIN contests c ON c.id = e.contest_id JOIN scope s ON s.id = c.campaign_id`;

const HONOURS = `
  SELECT count(*) AS count,
         COALESCE(SUM(h.recipient_kind = 'individual'), 0) AS individuals,
         COALESCE(SUM(h.recipient_kind = 'collective'), 0) AS collectives
  FROM campaign_honours h JOIN scope s ON s.id = h.campaign_id`;

const REGISTRATIONS = `
  SELECT count(DISTINCT r.organization_id) AS units,
         count(DISTINCT CASE WHEN r.member_id IS NOT NULL THEN 'm' || r.member_id
                             WHEN length(trim(r.person_name)) > 0 THEN 'n' || lower(trim(r.person_name)) END) AS people
  FROM campaign_registrations r JOIN scope s ON s.id = r.campaign_id`;

/**
 * Totals of one campaign, or of every campaign of a `campaigns.year`. Contest figures are distinct
 * over all entries in scope (an enterprise in two contests counts once); prize-winners are entries
 * whose result is not 'none'.
 */
export function campaignTotals(db: Db, filter: CampaignTotalsFilter): CampaignTotals {
  const { cte, param } = scope(filter);
  const one = <S extends Shape>(body: string, shape: S) => query(db, `${cte} ${body}`, shape).one(param);
  return {
    works: one(WORKS, columns({ grassroots: int, upper: int, plaque: int, value: int })),
    initiatives: one(INITIATIVES, columns({ count: int, value: int, authors: int })),
    contests: one(
      CONTESTS,
      columns({ count: int, contestants: int, enterprises: int, districts: int, trades: int, prizeWinners: int, prizeMoney: int }),
    ),
    honours: one(HONOURS, columns({ count: int, individuals: int, collectives: int })),
    registrations: one(REGISTRATIONS, columns({ units: int, people: int })),
  };
}
