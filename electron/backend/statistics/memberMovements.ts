import { previousPeriod, type ReportingPeriod } from '../../../shared/statistics/period';
import type { MovementKind } from '../../../shared/members/model';
import type { Db } from '../db/connection';
import { columns, int, scalar, statement, text, textOrNull } from '../db/rows';
import { hasIndex, type LedgerGroup, type MemberLedger } from './memberLedger';

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
  /** Women and Party members among them (for movements after a cut-off: movementsAfter). */
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

const managementSql = statement(
  `SELECT organization_id AS org, valid_from AS "from", valid_to AS "to" FROM organization_management
    WHERE manager_id = @office AND valid_from <= @to AND (valid_to IS NULL OR valid_to > @from)`,
  columns({ org: int, from: text, to: textOrNull }),
);

/** Our management rows overlapping the period. */
function management(db: Db, officeId: number, period: ReportingPeriod): Management {
  const rows = managementSql(db).all({ office: officeId, from: period.from, to: period.to });
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

const orgOf = (kind: MovementKind, to: number | null, from: number | null) => (kind === 'admitted' || kind === 'transferred_in' ? to : from);
const otherOf = (kind: MovementKind, to: number | null, from: number | null) =>
  kind === 'transferred_in' ? from : kind === 'transferred_out' ? to : null;

/**
 * One group's movements in the period (a CĐCS ours only part of it: few groups) counted between the
 * days our management of either end starts or ends — whether an end is ours is the same on every
 * day of such a stretch — each a count over a range of member_movements_statistics (kind, to, from, date).
 */
function groupStretches(db: Db, period: ReportingPeriod, m: Management): (group: LedgerGroup) => { day: string; n: number }[] {
  const indexed = hasIndex(db, 'member_movements_statistics') ? 'INDEXED BY member_movements_statistics' : '';
  const count = scalar(
    db,
    `SELECT count(*) FROM member_movements mv ${indexed}
      WHERE mv.kind = @kind AND mv.to_organization_id IS @to AND mv.from_organization_id IS @from AND mv.date >= @start AND mv.date < @end`,
    int,
  );
  const changes = (org: number | null) =>
    org === null ? [] : (m.partial.get(org) ?? []).flatMap((row) => [row.from, row.to]).filter((day): day is string => day !== null && day > period.from && day <= period.to);
  return (group) => {
    const days = [...new Set([period.from, ...changes(group.to), ...changes(group.from)])].sort();
    return days.map((day, i) => {
      const end = days[i + 1] ?? `${period.to}\uffff`;
      return { day, n: count.one({ kind: group.kind, to: group.to, from: group.from, start: day, end }) };
    });
  };
}

/**
 * The movements dated in the period, grouped per CĐCS and kind, with whether each end was ours on
 * the movement's date (the ledger must hold the period's bounds: MemberLedger.ensure). Only the
 * groups of CĐCS ours part of the period are read again, by day.
 */
export function periodMovementGroups(db: Db, officeId: number, period: ReportingPeriod, ledger: MemberLedger): MovementGroup[] {
  const m = management(db, officeId, period);
  const isPartial = (org: number | null) => org !== null && m.partial.has(org);
  const byKey = new Map<string, MovementGroup>();
  let stretches: ReturnType<typeof groupStretches> | undefined;
  const add = (kind: MovementKind, to: number | null, from: number | null, n: number, day: string | null) => {
    const org = orgOf(kind, to, from);
    if (org === null) return;
    const other = otherOf(kind, to, from);
    const orgOurs = oursOn(m, org, day);
    const otherOurs = oursOn(m, other, day);
    const key = `${kind}|${org}|${other}|${orgOurs}|${otherOurs}`;
    const group = byKey.get(key);
    if (group) group.n += n;
    else byKey.set(key, { late: 0, kind, org, other, orgOurs, otherOurs, n, female: 0, party: 0 });
  };
  const byDay = new Set<string>();
  for (const g of ledger.between(previousPeriod(period).to, period.to)) {
    if (!isPartial(orgOf(g.kind, g.to, g.from)) && !isPartial(otherOf(g.kind, g.to, g.from))) add(g.kind, g.to, g.from, g.n, null);
    else {
      // The period may span several segments: a group's stretches are read once for all of them.
      const key = `${g.kind}|${g.to}|${g.from}`;
      if (byDay.has(key)) continue;
      byDay.add(key);
      for (const row of (stretches ??= groupStretches(db, period, m))(g)) if (row.n > 0) add(g.kind, g.to, g.from, row.n, row.day);
    }
  }
  return [...byKey.values()];
}

/** The movements dated after `cutoff` (to undo from today's counts), with women and Party members. */
export function movementsAfter(ledger: MemberLedger, cutoff: string): MovementGroup[] {
  return ledger.between(cutoff, null).flatMap((g) => {
    const org = orgOf(g.kind, g.to, g.from);
    if (org === null) return [];
    return [{ late: 1, kind: g.kind, org, other: null, orgOurs: 0, otherOurs: 0, n: g.n, female: g.female, party: g.party }];
  });
}
