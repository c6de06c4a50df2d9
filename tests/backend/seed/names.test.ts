import { describe, it, expect } from 'vitest';
import { Rng } from '../../../electron/backend/seed/random';
import { joinNameParts, makePersonName } from '../../../electron/backend/seed/names';
import { FAMILY_NAMES } from '../../../electron/backend/seed/nameTables';
import { GIVEN_NAMES } from '../../../electron/backend/seed/givenNames';
import type { PersonName, Sex } from '../../../electron/backend/seed/types';

function names(seed: number, n: number, sex?: Sex): PersonName[] {
  const rng = new Rng(seed);
  return Array.from({ length: n }, (_, i) => makePersonName(rng, sex ?? (i % 2 === 0 ? 'male' : 'female')));
}

function isCleanText(s: string): boolean {
  return s.normalize('NFC') === s && !/\s{2}/.test(s) && s === s.trim();
}

function expectCleanText(s: string): void {
  expect(isCleanText(s), JSON.stringify(s)).toBe(true);
}

const N = 100_000;
const sample = names(2024, N);

describe('makePersonName', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(names(1, 500)).toEqual(names(1, 500));
    expect(names(1, 500)).not.toEqual(names(2, 500));
  });

  it('produces NFC strings with single spaces, fullName = family + middle + given', () => {
    const bad = sample.filter(
      (p) =>
        ![p.fullName, p.family, p.middle, p.given].every(isCleanText) ||
        p.family === '' ||
        p.given === '' ||
        p.fullName !== [p.family, p.middle, p.given].filter((x) => x !== '').join(' '),
    );
    expect(bad).toEqual([]);
  });

  it('gives family-name shares close to the national ones', () => {
    const counts = new Map<string, number>();
    for (const p of sample) counts.set(p.family, (counts.get(p.family) ?? 0) + 1);
    const share = (...fam: string[]): number => fam.reduce((s, f) => s + (counts.get(f) ?? 0), 0) / N;
    const expectBetween = (v: number, lo: number, hi: number): void => {
      expect(v).toBeGreaterThanOrEqual(lo);
      expect(v).toBeLessThanOrEqual(hi);
    };
    expectBetween(share('Nguyễn'), 0.35, 0.41);
    expectBetween(share('Trần'), 0.095, 0.125);
    expectBetween(share('Lê'), 0.08, 0.11);
    expectBetween(share('Phạm'), 0.06, 0.08);
    expectBetween(share('Hoàng', 'Huỳnh'), 0.042, 0.058);
    expectBetween(share('Phan'), 0.037, 0.053);
    expectBetween(share('Vũ', 'Võ'), 0.032, 0.046);
    expectBetween(share('Đặng'), 0.017, 0.025);
    expectBetween(share('Bùi'), 0.016, 0.024);
    expectBetween(share('Đỗ'), 0.011, 0.017);
    expectBetween(share('Hồ'), 0.01, 0.016);
    expectBetween(share('Ngô'), 0.01, 0.016);
    expectBetween(share('Dương'), 0.007, 0.013);
    expectBetween(share('Lý'), 0.003, 0.007);
    // The tail is present and varied.
    for (const f of ['Đinh', 'Đào', 'Trịnh', 'Mai', 'Lưu', 'Tạ', 'Cao', 'Lương', 'Đoàn', 'Chu', 'Tô', 'Hà', 'Nông', 'Lò']) {
      expect(counts.get(f) ?? 0).toBeGreaterThan(0);
    }
    expect(counts.size).toBeGreaterThanOrEqual(40);
  });

  it('has a family-name table summing to 100 %', () => {
    const total = FAMILY_NAMES.reduce((s, x) => s + x.weight, 0);
    expect(total).toBeCloseTo(100, 6);
  });

  it('uses one middle word mostly, sometimes two (~10 %) or none (~3 %)', () => {
    let none = 0;
    let two = 0;
    let other = 0;
    for (const p of sample) {
      const words = p.middle === '' ? 0 : p.middle.split(' ').length;
      if (words === 0) none++;
      else if (words === 2) two++;
      else if (words !== 1) other++;
    }
    expect(other).toBe(0);
    expect(none / N).toBeGreaterThan(0.02);
    expect(none / N).toBeLessThan(0.04);
    expect(two / N).toBeGreaterThan(0.08);
    expect(two / N).toBeLessThan(0.12);
  });

  it('uses Văn for men and Thị for women, never the other way round', () => {
    const men = names(5, 20_000, 'male');
    const women = names(6, 20_000, 'female');
    const has = (p: PersonName, w: string): boolean => p.middle.split(' ').includes(w);
    expect(men.some((p) => has(p, 'Thị'))).toBe(false);
    expect(women.some((p) => has(p, 'Văn'))).toBe(false);
    const van = men.filter((p) => has(p, 'Văn')).length / men.length;
    const thi = women.filter((p) => has(p, 'Thị')).length / women.length;
    expect(van).toBeGreaterThan(0.3);
    expect(van).toBeLessThan(0.55);
    expect(thi).toBeGreaterThan(0.45);
    expect(thi).toBeLessThan(0.7);
    // No "Minh Minh".
    expect([...men, ...women].filter((p) => p.middle.split(' ').includes(p.given))).toEqual([]);
  });

  it('has different given-name distributions for the two sexes', () => {
    const men = names(7, 20_000, 'male');
    const women = names(8, 20_000, 'female');
    const dist = (ps: PersonName[]): Map<string, number> => {
      const m = new Map<string, number>();
      for (const p of ps) m.set(p.given, (m.get(p.given) ?? 0) + 1 / ps.length);
      return m;
    };
    const dm = dist(men);
    const dw = dist(women);
    let tv = 0;
    for (const k of new Set([...dm.keys(), ...dw.keys()])) tv += Math.abs((dm.get(k) ?? 0) - (dw.get(k) ?? 0));
    tv /= 2;
    expect(tv).toBeGreaterThan(0.6);
    expect(dw.get('Trang') ?? 0).toBeGreaterThan(dm.get('Trang') ?? 0);
    expect(dm.get('Hùng') ?? 0).toBeGreaterThan(dw.get('Hùng') ?? 0);
    expect(dm.size).toBeGreaterThanOrEqual(60);
    expect(dw.size).toBeGreaterThanOrEqual(60);
  });

  it('has at least 60 given names per sex, including ones that exercise sorting', () => {
    expect(GIVEN_NAMES.male.length).toBeGreaterThanOrEqual(60);
    expect(GIVEN_NAMES.female.length).toBeGreaterThanOrEqual(60);
    const all = new Set([...GIVEN_NAMES.male, ...GIVEN_NAMES.female].map((x) => x.value));
    for (const n of ['Ánh', 'Ân', 'Ẩn', 'Ưng', 'Ơn', 'Đào', 'Duyên', 'Ý', 'Ỷ']) expect(all.has(n)).toBe(true);
    for (const t of [FAMILY_NAMES, GIVEN_NAMES.male, GIVEN_NAMES.female]) {
      for (const { value, weight } of t) {
        expectCleanText(value);
        expect(weight).toBeGreaterThan(0);
      }
    }
  });

  it('joinNameParts() skips empty parts', () => {
    expect(joinNameParts('Phan', '', 'Hiền')).toBe('Phan Hiền');
    expect(joinNameParts('Nguyễn', 'Thị Thu', 'Hà')).toBe('Nguyễn Thị Thu Hà');
    expect(joinNameParts('Nguye\u0302\u0303n', 'Thi\u0323', 'Ha\u0300')).toBe('Nguyễn Thị Hà');
  });

  it('rejects an unknown sex', () => {
    expect(() => makePersonName(new Rng(1), 'other' as Sex)).toThrow(RangeError);
  });
});
