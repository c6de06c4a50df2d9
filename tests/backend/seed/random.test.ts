import { describe, it, expect, vi, afterEach } from 'vitest';
import { isValidIsoDate } from '../../../shared/domain/format/date';
import {
  Rng,
  WeightedTable,
  addDaysIso,
  dayNumberToIso,
  isoToDayNumber,
  weightedTable,
} from '../../../electron/backend/seed/random';

afterEach(() => {
  vi.restoreAllMocks();
});

function draws(seed: number, n: number): number[] {
  const rng = new Rng(seed);
  return Array.from({ length: n }, () => rng.next());
}

describe('Rng', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    expect(draws(123, 100)).toEqual(draws(123, 100));
    expect(draws(123, 100)).not.toEqual(draws(124, 100));
    expect(draws(0, 100)).not.toEqual(draws(1, 100));
    expect(draws(-1, 100)).not.toEqual(draws(2 ** 32 - 1 + 2 ** 32, 100));
  });

  it('never uses Math.random or the clock', () => {
    const random = vi.spyOn(Math, 'random');
    const now = vi.spyOn(Date, 'now');
    const rng = new Rng(5);
    for (let i = 0; i < 1000; i++) {
      rng.next();
      rng.int(1, 6);
      rng.isoDateBetween('2000-01-01', '2030-12-31');
    }
    expect(random).not.toHaveBeenCalled();
    expect(now).not.toHaveBeenCalled();
  });

  it('next() stays in [0, 1) and is roughly uniform', () => {
    const rng = new Rng(7);
    const buckets = new Array<number>(10).fill(0);
    const n = 100_000;
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const x = rng.next();
      if (x < min) min = x;
      if (x > max) max = x;
      buckets[Math.floor(x * 10)]!++;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    for (const b of buckets) expect(Math.abs(b / n - 0.1)).toBeLessThan(0.01);
  });

  it('int() is inclusive at both ends and checks its arguments', () => {
    const rng = new Rng(11);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = rng.int(-2, 3);
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(-2);
      expect(v).toBeLessThanOrEqual(3);
      seen.add(v);
    }
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2, 3]);
    expect(rng.int(5, 5)).toBe(5);
    expect(() => rng.int(3, 2)).toThrow(RangeError);
    expect(() => rng.int(0.5, 2)).toThrow(RangeError);
  });

  it('pick() returns elements of the array and rejects an empty one', () => {
    const rng = new Rng(3);
    const arr = ['a', 'b', 'c'] as const;
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) seen.add(rng.pick(arr));
    expect(seen).toEqual(new Set(arr));
    expect(() => rng.pick([])).toThrow(RangeError);
  });

  it('weighted() follows the weights and never picks weight 0', () => {
    const items = [
      { value: 'x', weight: 1 },
      { value: 'zero', weight: 0 },
      { value: 'y', weight: 3 },
      { value: 'z', weight: 6 },
    ];
    const rng = new Rng(99);
    const counts: Record<string, number> = { x: 0, y: 0, z: 0, zero: 0 };
    const n = 200_000;
    for (let i = 0; i < n; i++) counts[rng.weighted(items)]!++;
    expect(counts.zero).toBe(0);
    expect(counts.x! / n).toBeCloseTo(0.1, 2);
    expect(counts.y! / n).toBeCloseTo(0.3, 2);
    expect(counts.z! / n).toBeCloseTo(0.6, 2);
  });

  it('weighted() gives the same result from an array and from a prebuilt table', () => {
    const items = [
      { value: 1, weight: 2 },
      { value: 2, weight: 5 },
      { value: 3, weight: 0.5 },
    ];
    const table = weightedTable(items);
    expect(table).toBeInstanceOf(WeightedTable);
    const a = new Rng(4);
    const b = new Rng(4);
    for (let i = 0; i < 1000; i++) expect(a.weighted(items)).toBe(b.weighted(table));
  });

  it('weighted() rejects bad weights', () => {
    const rng = new Rng(1);
    expect(() => rng.weighted([])).toThrow(RangeError);
    expect(() => rng.weighted([{ value: 1, weight: 0 }])).toThrow(RangeError);
    expect(() => rng.weighted([{ value: 1, weight: -1 }])).toThrow(RangeError);
    expect(() => rng.weighted([{ value: 1, weight: Number.NaN }])).toThrow(RangeError);
  });

  it('chance() respects its bounds', () => {
    const rng = new Rng(8);
    let hits = 0;
    for (let i = 0; i < 1000; i++) {
      expect(rng.chance(0)).toBe(false);
      expect(rng.chance(1)).toBe(true);
      if (rng.chance(0.25)) hits++;
    }
    expect(hits).toBeGreaterThan(180);
    expect(hits).toBeLessThan(320);
  });

  it('fork() gives an independent, deterministic stream', () => {
    const a = new Rng(10);
    const b = new Rng(10);
    const fa = a.fork();
    const fb = b.fork();
    const seqA = Array.from({ length: 20 }, () => fa.next());
    expect(Array.from({ length: 20 }, () => fb.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => a.next())).not.toEqual(seqA);
  });

  it('shuffled() permutes a copy', () => {
    const rng = new Rng(12);
    const arr = [1, 2, 3, 4, 5, 6, 7, 8];
    const s = rng.shuffled(arr);
    expect(arr).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...s].sort((x, y) => x - y)).toEqual(arr);
  });
});

describe('calendar arithmetic', () => {
  it('converts day numbers both ways, matching the proleptic Gregorian calendar', () => {
    expect(isoToDayNumber('1970-01-01')).toBe(0);
    expect(dayNumberToIso(0)).toBe('1970-01-01');
    expect(dayNumberToIso(-1)).toBe('1969-12-31');
    // Date.UTC is used only as a reference here, never by the generators.
    for (let d = isoToDayNumber('1899-12-25'); d <= isoToDayNumber('2101-01-05'); d += 13) {
      const iso = dayNumberToIso(d);
      expect(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))).toBe(
        d * 86_400_000,
      );
      expect(isoToDayNumber(iso)).toBe(d);
    }
  });

  it('rejects invalid ISO dates, including leap years, and adds days across them', () => {
    expect(isoToDayNumber('2024-02-29')).toBe(isoToDayNumber('2024-03-01') - 1);
    expect(isoToDayNumber('2000-02-29')).toBe(isoToDayNumber('2000-03-01') - 1);
    expect(isoToDayNumber('0001-01-01')).toBe(-719162);
    expect(isoToDayNumber('9999-12-31')).toBe(2932896);
    for (const bad of ['2023-02-29', '1900-02-29', '2025-02-30', '2025-04-31', '2025-13-01', '2025-1-01', '0000-01-01', '2025-01-01T00:00']) {
      expect(() => isoToDayNumber(bad), bad).toThrow(RangeError);
    }
    expect(() => dayNumberToIso(isoToDayNumber('9999-12-31') + 1)).toThrow(RangeError);
    expect(addDaysIso('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysIso('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDaysIso('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('isoDateBetween() stays within the inclusive range and reaches both ends', () => {
    const rng = new Rng(21);
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const d = rng.isoDateBetween('2024-02-27', '2024-03-02');
      expect(isValidIsoDate(d)).toBe(true);
      expect(d >= '2024-02-27' && d <= '2024-03-02').toBe(true);
      seen.add(d);
    }
    expect([...seen].sort()).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02']);
    expect(rng.isoDateBetween('2025-07-01', '2025-07-01')).toBe('2025-07-01');
    expect(() => rng.isoDateBetween('2025-07-02', '2025-07-01')).toThrow(RangeError);
    expect(() => rng.isoDateBetween('2025-07-32', '2025-08-01')).toThrow(RangeError);
  });
});
