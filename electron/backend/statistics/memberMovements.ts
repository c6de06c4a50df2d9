import type { ReportingPeriod } from '../../../shared/statistics/period';
import type { Db } from '../db/connection';

export type MovementKind = 'admitted' | 'transferred_in' | 'transferred_out' | 'left' | 'deceased';

/** Movements of one kind, of one CĐCS (`org`: where an admission/transfer in went, where a departure came from). */
export interface MovementGroup {
  /** 1 when dated after the period's cut-off. */
  late: number;
  kind: MovementKind;
  org: number;
  /** The other end of a transfer (a CĐCS in our records), else null. */
  other: number | null;
  /** `org` was managed by our office on the movement's date (meaningful for rows inside the period). */
  orgOurs: number;
  otherOurs: number;
  n: number;
  /** Only when `withMembers`: women and Party members among them. */
  female: number;
  party: number;
}

export const signOf = (kind: MovementKind): 1 | -1 => (kind === 'admitted' || kind === 'transferred_in' ? 1 : -1);

interface Management {
  /** CĐCS ours the whole period. */
  full: Set<number>;
  /** CĐCS ours part of it, with our management rows. */
  partial: Map<number, { from: string; to: string | null }[]>;
}

/** Our management rows overlapping the period. */
function management(db: Db, officeId: number, period: ReportingPeriod): Management {
  const rows = db
    .prepare(
      `SELECT organization_id AS org, valid_from AS "from", valid_to AS "to" FROM organization_management
        WHERE manager_id = @office AND valid_from <= @to AND (valid_to IS NULL OR valid_to > @from)`,
    )
    .all({ office: officeId, from: period.from, to: period.to }) as { org: number; from: string; to: string | null }[];
  const full = new Set(rows.filter((row) => row.from <= period.from && (row.to === null || row.to > period.to)).map((row) => row.org));
  const partial = new Map<number, { from: string; to: string | null }[]>();
  for (const row of rows) if (!full.has(row.org)) partial.set(row.org, [...(partial.get(row.org) ?? []), row]);
  return { full, partial };
}

/** Managed by us on `day` (a management row ends on its valid_to, when the next one starts). */
function oursOn(m: Management, org: number | null, day: string | null): number {
  if (org === null) return 0;
  if (m.full.has(org)) return 1;
  const rows = m.partial.get(org);
  return rows && day !== null && rows.some((row) => row.from <= day && (row.to === null || row.to > day)) ? 1 : 0;
}

/**
 * One pass over the movements dated from the period's first day — up to the cut-off, or with
 * `withMembers` also after it (then joined to members for sex and Party membership, which the
 * re-placement of stock figures needs) — grouped per CĐCS and kind; the day is kept only for
 * CĐCS that were ours part of the period. Uses the covering index member_movements_statistics.
 */
export function movementGroups(db: Db, officeId: number, period: ReportingPeriod, withMembers: boolean): MovementGroup[] {
  const m = management(db, officeId, period);
  // The narrow index makes the sex lookups cheap; a bulk import drops it for a while (members/bulk.ts).
  const narrow = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'members_sex_party'").get() !== undefined;
  // One lookup per movement: 1 = a woman, 2 = a Party member, 3 = both (cheaper than a join here).
  const person = withMembers
    ? `(SELECT (m.sex = 'female') + 2 * m.party_member FROM members m ${narrow ? 'INDEXED BY members_sex_party' : ''} WHERE m.id = mv.member_id)`
    : '0';
  const sums = 'coalesce(sum(f.person & 1), 0) AS female, coalesce(sum(f.person >> 1), 0) AS party';
  const bound = withMembers ? '' : 'AND mv.date <= @to';
  const rows = db
    .prepare(
      `SELECT f.day > @to AS late, f.kind, f.org, f.other,
              CASE WHEN f.org IN (SELECT value FROM json_each(@partial)) OR f.other IN (SELECT value FROM json_each(@partial)) THEN f.day END AS day,
              count(*) AS n, ${sums}
         FROM (SELECT mv.kind, mv.date AS day, ${person} AS person,
                      CASE WHEN mv.kind IN ('admitted', 'transferred_in') THEN mv.to_organization_id ELSE mv.from_organization_id END AS org,
                      CASE mv.kind WHEN 'transferred_in' THEN mv.from_organization_id WHEN 'transferred_out' THEN mv.to_organization_id END AS other
                 FROM member_movements mv
                WHERE mv.kind IN ('admitted', 'transferred_in', 'transferred_out', 'left', 'deceased') AND mv.date >= @from ${bound}) f
        WHERE f.org IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5`,
    )
    .all({ from: period.from, to: period.to, partial: JSON.stringify([...m.partial.keys()]) }) as (Omit<MovementGroup, 'orgOurs' | 'otherOurs'> & { day: string | null })[];
  return rows.map(({ day, ...row }) => ({ ...row, orgOurs: oursOn(m, row.org, day), otherOurs: oursOn(m, row.other, day) }));
}
