import { defaultCutoff } from '../../../shared/statistics/period';
import type { Db } from '../db/connection';
import type { MovementKind } from './memberMovements';

/** The movements of one kind between two CĐCS columns as stored (to/from organization), in one segment. */
export interface LedgerGroup {
  kind: MovementKind;
  to: number | null;
  from: number | null;
  n: number;
  /** Women and Party members among them (0 when the segment was read without people). */
  female: number;
  party: number;
}

/** The movements dated in (lo, hi] (hi null: everything after lo), grouped. */
interface Segment {
  lo: string;
  hi: string | null;
  people: boolean;
  groups: LedgerGroup[];
}

/**
 * A segment's sum packs three counts of 21 bits (one CĐCS never has 2^21 movements of a kind):
 * movements + 2^21 × women + 2^42 × Party members, read as a 64-bit integer (safeIntegers).
 */
const FIELD = 2 ** 21;
const MASK = BigInt(FIELD - 1);
const unpack = (sum: bigint) => ({ n: Number(sum & MASK), female: Number((sum >> 21n) & MASK), party: Number(sum >> 42n) });

const KINDS = "('admitted', 'transferred_in', 'transferred_out', 'left', 'deceased')";

export function hasIndex(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?").get(name) !== undefined;
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
 * One pass over the movements dated in (lo, hi], split at `bounds`: member_movements_statistics
 * is in (kind, to, from) order, so SQLite groups while it reads (no sort), and each segment is
 * one conditional sum. A moving member's sex and Party membership are looked up (one probe of
 * members_sex_party) only for movements dated after `peopleFrom`, which stock figures undo.
 */
function readSegments(db: Db, lo: string, hi: string | null, bounds: string[], peopleFrom: string | null): Segment[] {
  const edges = [lo, ...bounds, hi];
  const segments: Segment[] = edges.slice(0, -1).map((from, i) => ({
    lo: from as string,
    hi: edges[i + 1] ?? null,
    people: peopleFrom !== null && (from as string) >= peopleFrom,
    groups: [],
  }));
  // A bulk import drops the indexes for a while (members/bulk.ts): then SQLite sorts and reads rows.
  const grouped = hasIndex(db, 'member_movements_statistics') ? 'INDEXED BY member_movements_statistics' : '';
  const narrow = hasIndex(db, 'members_sex_party') ? 'INDEXED BY members_sex_party' : '';
  // `IS`: a member whose sex is not recorded still counts as a Party member.
  const person = `(SELECT (m.sex IS 'female') + ${FIELD} * m.party_member FROM members m ${narrow} WHERE m.id = mv.member_id)`;
  const params: Record<string, string> = {};
  const last = segments.length - 1;
  // One sum per segment; a CASE chain so a row costs at most two comparisons per segment and one probe.
  const sums = segments.map((segment, i) => {
    params[`lo${i}`] = segment.lo;
    if (segment.hi !== null) params[`hi${i}`] = segment.hi;
    const value = segment.people ? `1 + ${FIELD} * coalesce(${person}, 0)` : '1';
    const below = i === 0 ? '' : `WHEN mv.date <= @lo${i} THEN NULL `;
    return `sum(CASE ${below}${segment.hi === null ? `WHEN mv.date > @lo${i}` : `WHEN mv.date <= @hi${i}`} THEN ${value} END)`;
  });
  const rows = db
    .prepare(
      `SELECT mv.kind, mv.to_organization_id, mv.from_organization_id, ${sums.join(', ')}
         FROM member_movements mv ${grouped}
        WHERE mv.kind IN ${KINDS} AND mv.date > @lo0 ${hi === null ? '' : `AND mv.date <= @hi${last}`}
        GROUP BY mv.kind, mv.to_organization_id, mv.from_organization_id`,
    )
    .safeIntegers(true)
    .raw()
    .all(params) as [MovementKind, bigint | null, bigint | null, ...(bigint | null)[]][];
  for (const [kind, to, from, ...sumsOf] of rows) {
    segments.forEach((segment, i) => {
      const sum = sumsOf[i];
      if (sum) segment.groups.push({ kind, to: to === null ? null : Number(to), from: from === null ? null : Number(from), ...unpack(sum) });
    });
  }
  return segments;
}

/**
 * The movements of the office's members from some date on, as contiguous segments between
 * cut-offs. Asking for more (an older cut-off, a new boundary, people where there were none) reads
 * only the missing ranges, so the five years of the report charts cost one pass, not five.
 */
export class MemberLedger {
  private segments: Segment[] = [];
  /** People are read after this date (the earliest stock cut-off asked so far). */
  private peopleFrom: string | null = null;

  constructor(private readonly db: Db) {}

  /**
   * Makes every cut-off in `points` a segment boundary, the earliest of them the start, and reads
   * people for every segment after the earliest of `stockCutoffs`.
   */
  ensure(points: string[], stockCutoffs: string[]): void {
    const lo = [...points].sort()[0];
    if (lo === undefined) return;
    const asked = [...stockCutoffs].sort()[0] ?? null;
    const peopleFrom = asked !== null && (this.peopleFrom === null || asked < this.peopleFrom) ? asked : this.peopleFrom;
    this.peopleFrom = peopleFrom;
    const needsPeople = (segment: Segment) => peopleFrom !== null && segment.lo >= peopleFrom && !segment.people;
    const splits = (segment: Segment) => points.some((p) => p > segment.lo && (segment.hi === null || p < segment.hi));
    const first = this.segments[0];
    const ranges: { lo: string; hi: string | null }[] = [];
    if (!first) ranges.push({ lo, hi: null });
    else if (lo < first.lo) ranges.push({ lo, hi: first.lo });
    for (const segment of this.segments) {
      if (!needsPeople(segment) && !splits(segment)) continue;
      const last = ranges[ranges.length - 1];
      if (last && last.hi === segment.lo) last.hi = segment.hi;
      else ranges.push({ lo: segment.lo, hi: segment.hi });
    }
    for (const range of ranges) {
      const top = range.hi ?? [...points].sort().at(-1) ?? range.lo;
      const bounds = [...new Set([...points, ...defaultCutoffsInside(range.lo, top)])]
        .filter((p) => p > range.lo && (range.hi === null || p < range.hi))
        .sort();
      const fresh = readSegments(this.db, range.lo, range.hi, bounds, peopleFrom);
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
