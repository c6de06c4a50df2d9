/**
 * Deterministic pseudo-random numbers for the demo data set.
 *
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 128-bit state),
 * seeded through splitmix32. Pure: no Math.random, no clock, no I/O.
 */

import { parseIsoDate } from '../../../shared/domain/format/date';
import type { WeightedItem } from './types';

const TWO_POW_32 = 4294967296;

/** splitmix32 step: a good 32-bit mixer for expanding a seed into state words. */
function splitmix32(state: number): [next: number, output: number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z ^= z >>> 16;
  return [next, z >>> 0];
}

/** Folds any finite number (including negatives, fractions and values ≥ 2^32) into 32 bits. */
function seedTo32(seed: number): number {
  if (!Number.isFinite(seed)) throw new RangeError(`Seed must be a finite number, got ${seed}`);
  const lo = seed >>> 0;
  const hi = Math.floor(seed / TWO_POW_32) >>> 0;
  const frac = Math.floor((seed - Math.floor(seed)) * TWO_POW_32) >>> 0;
  let h = lo;
  h = Math.imul(h ^ Math.imul(hi, 0x27d4eb2f), 0x165667b1) ^ frac;
  return h >>> 0;
}

/**
 * A precomputed table for weighted sampling: cumulative weights + binary search,
 * O(log n) per draw. Build it once, sample millions of times.
 */
export class WeightedTable<T> {
  readonly values: readonly T[];
  readonly cumulative: Float64Array;
  readonly total: number;

  constructor(items: readonly WeightedItem<T>[]) {
    if (items.length === 0) throw new RangeError('Weighted table needs at least one item');
    const values: T[] = new Array<T>(items.length);
    const cumulative = new Float64Array(items.length);
    let total = 0;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const w = item.weight;
      if (!Number.isFinite(w) || w < 0) {
        throw new RangeError(`Weight must be a finite number ≥ 0, got ${w} at index ${i}`);
      }
      total += w;
      cumulative[i] = total;
      values[i] = item.value;
    }
    if (!(total > 0)) throw new RangeError('Weighted table needs a positive total weight');
    this.values = values;
    this.cumulative = cumulative;
    this.total = total;
  }

  /** Index of the item selected by u ∈ [0, 1). Items of weight 0 are never selected. */
  indexFor(u: number): number {
    const target = u * this.total;
    const cum = this.cumulative;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cum[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  sample(rng: Rng): T {
    return this.values[this.indexFor(rng.next())]!;
  }
}

/** Builds a reusable weighted table (same as `new WeightedTable(items)`). */
export function weightedTable<T>(items: readonly WeightedItem<T>[]): WeightedTable<T> {
  return new WeightedTable(items);
}

/**
 * Tables built implicitly by `Rng.weighted(array)`, keyed by array identity.
 * Pass the same (module-level, unmodified) array every time to get the fast path.
 */
const implicitTables = new WeakMap<readonly WeightedItem<unknown>[], WeightedTable<unknown>>();

function tableFor<T>(items: readonly WeightedItem<T>[]): WeightedTable<T> {
  const stored = implicitTables.get(items);
  // Stored under `items` itself, so a table found is one of T.
  let table = stored instanceof WeightedTable ? (stored as WeightedTable<T>) : undefined;
  if (table === undefined || table.values.length !== items.length) {
    table = new WeightedTable(items);
    implicitTables.set(items, table);
  }
  return table;
}

/** A seeded pseudo-random number generator (sfc32). */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    const words = new Int32Array(4);
    let s = seedTo32(seed);
    for (let i = 0; i < 4; i++) {
      const [next, out] = splitmix32(s);
      s = next;
      words[i] = out | 0;
    }
    this.a = words[0]!;
    this.b = words[1]!;
    this.c = words[2]!;
    this.d = words[3]!;
    // Warm up so that nearby seeds diverge fully.
    for (let i = 0; i < 15; i++) this.nextUint32();
  }

  /** Next raw 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  /** Uniform float in [min, max). */
  float(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max)) {
      throw new RangeError(`int() needs safe integers, got ${min}, ${max}`);
    }
    if (min > max) throw new RangeError(`int(): min ${min} > max ${max}`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Integer in [min, max] with a log-uniform distribution (many small, few large). */
  logInt(min: number, max: number): number {
    if (!(min >= 1) || min > max) throw new RangeError(`logInt(): bad range ${min}..${max}`);
    const v = Math.round(Math.exp(this.float(Math.log(min), Math.log(max))));
    return Math.min(max, Math.max(min, v));
  }

  /** Uniformly chosen element. Throws on an empty array. */
  pick<T>(array: readonly T[]): T {
    if (array.length === 0) throw new RangeError('pick() from an empty array');
    return array[Math.floor(this.next() * array.length)]!;
  }

  /**
   * Weighted choice. Pass either a prebuilt `WeightedTable` or an array of
   * `{ value, weight }`; arrays are turned into tables once and cached by identity,
   * so keep such arrays as unmodified module-level constants.
   */
  weighted<T>(items: readonly WeightedItem<T>[] | WeightedTable<T>): T {
    const table = items instanceof WeightedTable ? items : tableFor(items);
    return table.values[table.indexFor(this.next())]!;
  }

  /** True with probability p (p ≤ 0 never, p ≥ 1 always). */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Uniform calendar date in [fromIso, toIso], both inclusive, as 'YYYY-MM-DD'. */
  isoDateBetween(fromIso: string, toIso: string): string {
    const from = isoToDayNumber(fromIso);
    const to = isoToDayNumber(toIso);
    if (from > to) throw new RangeError(`isoDateBetween(): ${fromIso} is after ${toIso}`);
    return dayNumberToIso(this.int(from, to));
  }

  /** Fisher–Yates shuffle of a copy. */
  shuffled<T>(array: readonly T[]): T[] {
    const out = array.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = out[i]!;
      out[i] = out[j]!;
      out[j] = tmp;
    }
    return out;
  }

  /**
   * An independent generator derived from this one's stream (advances this one by
   * four draws). Useful to keep one part of the data stable when another changes.
   */
  fork(): Rng {
    const child = new Rng(0);
    child.a = this.nextUint32() | 0;
    child.b = this.nextUint32() | 0;
    child.c = this.nextUint32() | 0;
    child.d = this.nextUint32() | 0;
    for (let i = 0; i < 15; i++) child.nextUint32();
    return child;
  }
}

// ---------------------------------------------------------------------------
// Day numbers for calendar arithmetic on 'YYYY-MM-DD' (proleptic Gregorian, no time
// zones). Validation is shared/domain/format/date.ts's.
// ---------------------------------------------------------------------------

/** Days since 1970-01-01 (negative before). Throws on an invalid date. */
export function isoToDayNumber(iso: string): number {
  const date = parseIsoDate(iso);
  if (date === null) throw new RangeError(`Not a valid ISO date: '${iso}'`);
  return daysFromCivil(date.year, date.month, date.day);
}

/** Inverse of `isoToDayNumber`. */
export function dayNumberToIso(days: number): string {
  if (!Number.isSafeInteger(days)) throw new RangeError(`Not an integer day number: ${days}`);
  const [y, m, d] = civilFromDays(days);
  if (y < 1 || y > 9999) throw new RangeError(`Date out of range (year ${y})`);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Adds (or subtracts) whole days to an ISO date. */
export function addDaysIso(iso: string, days: number): string {
  return dayNumberToIso(isoToDayNumber(iso) + days);
}

// Howard Hinnant's days_from_civil / civil_from_days.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return [y, m, d];
}
