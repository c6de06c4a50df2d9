import { MOVEMENT_KINDS, type MovementKind } from '../../../shared/members/model';
import { defaultCutoff } from '../../../shared/statistics/period';
import type { Db } from '../db/connection';
import { int, intOrNull, oneOf, scalarStatement, text, tupleStatement, type TupleOf } from '../db/rows';

/** The movements of one kind between two CĐCS columns as stored (to/from organization), in one segment. */
export interface LedgerGroup {
  kind: MovementKind;
  to: number | null;
  from: number | null;
  n: number;
  /** Women and Party members among them (by the members' sex and Party flag today). */
  female: number;
  party: number;
}

/** The movements dated in (lo, hi] (hi null: everything after lo), grouped. */
interface Segment {
  lo: string;
  hi: string | null;
  groups: LedgerGroup[];
}

interface Range {
  lo: string;
  hi: string | null;
}

/** A group as read: kind, to, from (null for none), n, female, party. */
const GROUP_KINDS = [oneOf(MOVEMENT_KINDS), intOrNull, intOrNull, int, int, int] as const;
type Row = TupleOf<typeof GROUP_KINDS>;

const LEDGER_SQL = `SELECT bucket, kind, nullif(to_org, 0), nullif(from_org, 0), n, female, party FROM member_movement_ledger WHERE bucket > @lo`;
const ledgerAfterSql = tupleStatement(LEDGER_SQL, [text, ...GROUP_KINDS]);
const ledgerBetweenSql = tupleStatement(`${LEDGER_SQL} AND bucket <= @hi`, [text, ...GROUP_KINDS]);

const movementGroupsSql = tupleStatement(
  `SELECT mv.kind, mv.to_organization_id, mv.from_organization_id, count(*), sum(coalesce(m.sex IS 'female', 0)), sum(coalesce(m.party_member, 0))
     FROM member_movements mv LEFT JOIN members m ON m.id = mv.member_id
    WHERE mv.date > @lo AND mv.date <= @hi
    GROUP BY mv.kind, mv.to_organization_id, mv.from_organization_id`,
  GROUP_KINDS,
);

const indexCountSql = scalarStatement("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?", int);

export function hasIndex(db: Db, name: string): boolean {
  return indexCountSql(db).one(name) > 0;
}

/** The last day of the half-year of member_movement_ledger (migration member-movement-ledger) holding `day`. */
export function ledgerBucketOf(day: string): string {
  const year = Number(day.slice(0, 4));
  const monthDay = day.slice(5);
  if (monthDay <= '05-31') return `${day.slice(0, 4)}-05-31`;
  if (monthDay <= '11-30') return `${day.slice(0, 4)}-11-30`;
  return `${String(year + 1).padStart(4, '0')}-05-31`;
}

const isBucketEnd = (day: string) => ledgerBucketOf(day) === day;

/** The last half-year end on or before `day`. */
function bucketEndAtOrBefore(day: string): string {
  if (isBucketEnd(day)) return day;
  const end = ledgerBucketOf(day);
  return end.endsWith('-11-30') ? `${end.slice(0, 4)}-05-31` : `${String(Number(end.slice(0, 4)) - 1).padStart(4, '0')}-11-30`;
}

/** The default cut-offs (30/11) strictly inside (lo, hi): a later year of the report charts finds its boundary. */
function defaultCutoffsInside(lo: string, hi: string): string[] {
  const cutoffs: string[] = [];
  for (let year = Number(lo.slice(0, 4)); year <= Number(hi.slice(0, 4)); year++) {
    const cutoff = defaultCutoff(year);
    if (cutoff > lo && cutoff < hi) cutoffs.push(cutoff);
  }
  return cutoffs;
}

/**
 * A segment (lo, hi] as whole half-years of the ledger table plus the days at either end that are
 * not a whole half-year (a cut-off other than 31/05 or 30/11), read from the movements themselves.
 */
function split(segment: Range): { whole: Range | null; raw: Range[] } {
  const first = ledgerBucketOf(segment.lo);
  const last = segment.hi === null ? null : bucketEndAtOrBefore(segment.hi);
  if (last !== null && last <= first) return { whole: null, raw: [segment] };
  const raw: Range[] = [];
  if (first > segment.lo) raw.push({ lo: segment.lo, hi: first });
  if (last !== null && segment.hi !== null && last < segment.hi) raw.push({ lo: last, hi: segment.hi });
  return { whole: { lo: first, hi: last }, raw };
}

const inRange = (day: string, range: Range) => day > range.lo && (range.hi === null || day <= range.hi);

/** Sums rows into a segment's groups, one per (kind, to, from). */
function accumulate(into: Map<string, LedgerGroup>, [kind, to, from, n, female, party]: Row): void {
  const key = `${kind}|${to}|${from}`;
  const group = into.get(key);
  if (group) {
    group.n += n;
    group.female += female;
    group.party += party;
  } else into.set(key, { kind, to, from, n, female, party });
}

/** The movements dated in (lo, hi], split at `bounds`: whole half-years from the ledger table, the rest from the movements. */
function readSegments(db: Db, lo: string, hi: string | null, bounds: string[]): Segment[] {
  const edges = [lo, ...bounds, hi];
  const ranges: Range[] = edges.slice(0, -1).map((from, i) => ({ lo: from as string, hi: edges[i + 1] ?? null }));
  const plans = ranges.map(split);
  const groups = ranges.map(() => new Map<string, LedgerGroup>());
  const wholes = plans.flatMap((plan, i) => (plan.whole ? [{ range: plan.whole, i }] : []));
  if (wholes.length > 0) {
    const top = wholes.at(-1)?.range.hi ?? null;
    const lo = wholes[0]?.range.lo;
    const rows = top === null ? ledgerAfterSql(db).all({ lo }) : ledgerBetweenSql(db).all({ lo, hi: top });
    for (const [bucket, ...row] of rows) {
      const whole = wholes.find((w) => inRange(bucket, w.range));
      if (whole) accumulate(groups[whole.i] as Map<string, LedgerGroup>, row);
    }
  }
  plans.forEach((plan, i) => {
    for (const range of plan.raw) for (const row of movementGroupsSql(db).all(range)) accumulate(groups[i] as Map<string, LedgerGroup>, row);
  });
  return ranges.map((range, i) => ({ ...range, groups: [...(groups[i] as Map<string, LedgerGroup>).values()] }));
}

/**
 * The movements of the office's members from some date on, as contiguous segments between
 * cut-offs. Asking for more (an older cut-off, a new boundary) reads only the missing ranges.
 */
export class MemberLedger {
  private segments: Segment[] = [];

  constructor(private readonly db: Db) {}

  /** Makes every cut-off in `points` a segment boundary, the earliest of them the start. */
  ensure(points: string[]): void {
    const lo = [...points].sort()[0];
    if (lo === undefined) return;
    const splits = (segment: Segment) => points.some((p) => p > segment.lo && (segment.hi === null || p < segment.hi));
    const first = this.segments[0];
    const ranges: Range[] = [];
    if (!first) ranges.push({ lo, hi: null });
    else if (lo < first.lo) ranges.push({ lo, hi: first.lo });
    for (const segment of this.segments) {
      if (!splits(segment)) continue;
      const last = ranges[ranges.length - 1];
      if (last && last.hi === segment.lo) last.hi = segment.hi;
      else ranges.push({ lo: segment.lo, hi: segment.hi });
    }
    for (const range of ranges) {
      const top = range.hi ?? [...points].sort().at(-1) ?? range.lo;
      const bounds = [...new Set([...points, ...defaultCutoffsInside(range.lo, top)])]
        .filter((p) => p > range.lo && (range.hi === null || p < range.hi))
        .sort();
      const fresh = readSegments(this.db, range.lo, range.hi, bounds);
      this.segments = [...this.segments.filter((s) => s.lo < range.lo || (range.hi !== null && s.lo >= range.hi)), ...fresh].sort((a, b) =>
        a.lo < b.lo ? -1 : 1,
      );
    }
  }

  /** The groups of the segments inside (after, to]; both must be boundaries (ensure). */
  between(after: string, to: string | null): LedgerGroup[] {
    return this.segments.filter((s) => s.lo >= after && (to === null || (s.hi !== null && s.hi <= to))).flatMap((s) => s.groups);
  }
}
