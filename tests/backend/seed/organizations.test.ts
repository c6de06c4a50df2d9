import { describe, it, expect, vi, afterEach } from 'vitest';
import { isValidIsoDate } from '../../../shared/domain/format/date';
import { EARLIEST_FOUNDING, lastFoundingDate } from '../../../electron/backend/seed/founding';
import { makeGrassrootsUnions } from '../../../electron/backend/seed/grassrootsUnions';
import { REFORM_DATE, makeDemoOffice } from '../../../electron/backend/seed/office';
import { makeMobilePhone } from '../../../electron/backend/seed/phoneNumbers';
import { Rng } from '../../../electron/backend/seed/random';
import { SECTOR_SHARES } from '../../../electron/backend/seed/sectors';
import type { GrassrootsUnionSeed, SectorCode, UnionKind } from '../../../electron/backend/seed/types';

afterEach(() => {
  vi.restoreAllMocks();
});

/** NFC, trimmed, no double spaces ('' allowed: a person may have no middle name). */
function isCleanText(s: string): boolean {
  return s.normalize('NFC') === s && !/\s{2}/.test(s) && s === s.trim();
}

/** Every string reachable from a value. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

const YEAR = 2025;
const big = makeGrassrootsUnions(new Rng(20250101), 5000, YEAR);
const bigBefore = makeGrassrootsUnions(new Rng(20240101), 5000, 2024);

describe('makeDemoOffice', () => {
  it('names the office by the organisation in force in the working year', () => {
    const before = makeDemoOffice(2024);
    expect(before.office.name).toBe('Liên đoàn Lao động huyện Chương Mỹ');
    expect(before.office.level).toBe('upper_grassroots');
    const after = makeDemoOffice(2025);
    expect(after.office.name).toBe('Công đoàn phường Chương Mỹ');
    expect(after.office.code).not.toBe(before.office.code);
    for (const o of [before, after]) {
      expect(o.upper).toMatchObject({
        name: 'Liên đoàn Lao động thành phố Hà Nội',
        shortName: 'LĐLĐ TP Hà Nội',
        level: 'province',
      });
      expect(o.placeName).toBe('Hà Nội');
      expect(strings(o).every(isCleanText)).toBe(true);
    }
    expect(() => makeDemoOffice(2025.5)).toThrow(RangeError);
  });
});

describe('makeGrassrootsUnions', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = makeGrassrootsUnions(new Rng(1), 300, YEAR);
    expect(makeGrassrootsUnions(new Rng(1), 300, YEAR)).toEqual(a);
    expect(makeGrassrootsUnions(new Rng(2), 300, YEAR)).not.toEqual(a);
  });

  it('never uses Math.random or the clock', () => {
    const random = vi.spyOn(Math, 'random');
    const now = vi.spyOn(Date, 'now');
    const perf = vi.spyOn(performance, 'now');
    makeGrassrootsUnions(new Rng(3), 500, YEAR);
    expect(random).not.toHaveBeenCalled();
    expect(now).not.toHaveBeenCalled();
    expect(perf).not.toHaveBeenCalled();
  });

  // How fast is the bench's business (npm run bench seeds 5,000 CĐCS), not a test's.
  it('generates 5,000 unions', () => {
    expect(makeGrassrootsUnions(new Rng(5), 5000, YEAR)).toHaveLength(5000);
  });

  it('gives unique codes, names and short names', () => {
    for (const us of [big, bigBefore]) {
      expect(new Set(us.map((u) => u.code)).size).toBe(us.length);
      expect(new Set(us.map((u) => u.name)).size).toBe(us.length);
      expect(new Set(us.map((u) => u.shortName)).size).toBe(us.length);
      expect(us[0]!.code).toBe('CS0001');
      expect(us[4999]!.code).toBe('CS5000');
    }
  });

  it('does not need to number names in a realistic office (≤ 800 unions)', () => {
    for (const seed of [1, 2, 3]) {
      for (const year of [2024, 2025]) {
        const us = makeGrassrootsUnions(new Rng(seed), 800, year);
        expect(us.filter((u) => / số \d+$/.test(u.organizationName))).toEqual([]);
      }
    }
  });

  it('numbers unions in order of founding', () => {
    for (let i = 1; i < big.length; i++) expect(big[i - 1]!.foundedOn <= big[i]!.foundedOn).toBe(true);
  });

  it('follows the target sector shares', () => {
    const total = SECTOR_SHARES.reduce((s, x) => s + x.weight, 0);
    for (const { value, weight } of SECTOR_SHARES) {
      const share = big.filter((u) => u.sector === value).length / big.length;
      expect(Math.abs(share - weight / total), value).toBeLessThan(0.025);
    }
    expect(Math.abs(big.filter((u) => u.sector === 'public_service').length / 5000 - 0.45)).toBeLessThan(0.025);
    expect(Math.abs(big.filter((u) => u.sector === 'private_enterprise').length / 5000 - 0.35)).toBeLessThan(0.025);
  });

  it('names unions as CĐCS + organisation, or as a nghiệp đoàn', () => {
    for (const u of big) {
      if (u.sector === 'professional_union') {
        expect(u.name).toBe(u.organizationName);
        expect(u.name.startsWith('Nghiệp đoàn ')).toBe(true);
        expect(u.shortName.startsWith('NĐ ')).toBe(true);
      } else {
        expect(u.name).toBe(`Công đoàn cơ sở ${u.organizationName}`);
        expect(u.shortName.startsWith('CĐCS ')).toBe(true);
      }
      expect(u.shortName.length).toBeLessThanOrEqual(u.name.length);
    }
    const orgs = big.map((u) => u.organizationName);
    for (const prefix of ['Trường Mầm non ', 'Trường Tiểu học ', 'Trường THCS ', 'Trạm Y tế ', 'Ủy ban nhân dân ', 'Trung tâm ', 'Công ty TNHH MTV ', 'Công ty TNHH May', 'Công ty Cổ phần Xây dựng ', 'Công ty TNHH Điện tử ', 'Nghiệp đoàn Xe ôm ', 'Nghiệp đoàn Nghề cá ']) {
      expect(orgs.some((o) => o.startsWith(prefix)), prefix).toBe(true);
    }
    expect(orgs.some((o) => o.startsWith('Công ty TNHH Điện tử ') && o.endsWith(' Việt Nam'))).toBe(true);
  });

  it('keeps all text NFC, trimmed and without double spaces', () => {
    const all = [...big, ...bigBefore];
    expect(all.flatMap((u) => strings(u)).filter((s) => !isCleanText(s))).toEqual([]);
    const required = (u: GrassrootsUnionSeed): string[] => [
      u.code, u.name, u.shortName, u.organizationName, u.address, u.foundedOn, u.foundingDecision,
      u.chairName, u.chairNameParts.family, u.chairNameParts.given, u.phone,
    ];
    expect(all.filter((u) => required(u).some((s) => s === ''))).toEqual([]);
  });

  it('has realistic worker counts, never more women than workers', () => {
    const avgFemaleShare = (kinds: UnionKind[], sector?: SectorCode): number => {
      const us = big.filter((u) => kinds.includes(u.kind) && (sector === undefined || u.sector === sector));
      expect(us.length).toBeGreaterThan(0);
      return us.reduce((s, u) => s + u.workersFemale, 0) / us.reduce((s, u) => s + u.workersTotal, 0);
    };
    for (const u of [...big, ...bigBefore]) {
      expect(Number.isInteger(u.workersTotal) && Number.isInteger(u.workersFemale)).toBe(true);
      expect(u.workersTotal).toBeGreaterThan(0);
      expect(u.workersFemale).toBeGreaterThanOrEqual(0);
      expect(u.workersFemale).toBeLessThanOrEqual(u.workersTotal);
      if (u.sector === 'fdi_enterprise') {
        expect(u.workersTotal).toBeGreaterThanOrEqual(200);
        expect(u.workersTotal).toBeLessThanOrEqual(5000);
      }
      if (['preschool', 'primary_school', 'lower_secondary_school', 'upper_secondary_school'].includes(u.kind)) {
        expect(u.workersTotal).toBeGreaterThanOrEqual(20);
        expect(u.workersTotal).toBeLessThanOrEqual(120);
      }
    }
    expect(avgFemaleShare(['preschool'])).toBeGreaterThan(0.9);
    expect(avgFemaleShare(['primary_school', 'lower_secondary_school'])).toBeGreaterThan(0.65);
    expect(avgFemaleShare(['garment'], 'private_enterprise')).toBeGreaterThan(0.75);
    expect(avgFemaleShare(['garment'], 'fdi_enterprise')).toBeGreaterThan(0.8);
    expect(avgFemaleShare(['construction'])).toBeLessThan(0.2);
    const fdi = big.filter((u) => u.sector === 'fdi_enterprise');
    const schools = big.filter((u) => u.kind === 'primary_school');
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    expect(median(fdi.map((u) => u.workersTotal))).toBeGreaterThan(5 * median(schools.map((u) => u.workersTotal)));
  });

  it('has valid dates in range, a few founded this year and about 2 % dissolved', () => {
    for (const [us, year] of [
      [big, YEAR],
      [bigBefore, 2024],
    ] as const) {
      let thisYear = 0;
      let dissolved = 0;
      for (const u of us) {
        expect(isValidIsoDate(u.foundedOn), u.foundedOn).toBe(true);
        expect(u.foundedOn >= EARLIEST_FOUNDING).toBe(true);
        expect(u.foundedOn <= lastFoundingDate(year)).toBe(true);
        if (u.foundedOn >= `${year}-01-01`) thisYear++;
        if (u.dissolvedOn !== null) {
          dissolved++;
          expect(isValidIsoDate(u.dissolvedOn)).toBe(true);
          expect(u.dissolvedOn > u.foundedOn).toBe(true);
          expect(u.dissolvedOn <= `${year - 1}-12-31`).toBe(true);
        }
      }
      expect(thisYear / us.length).toBeGreaterThan(0.015);
      expect(thisYear / us.length).toBeLessThan(0.05);
      expect(dissolved / us.length).toBeGreaterThan(0.01);
      expect(dissolved / us.length).toBeLessThan(0.03);
    }
    expect(big.some((u) => u.foundedOn < '1995-01-01')).toBe(true);
    expect(big.filter((u) => u.sector === 'fdi_enterprise').every((u) => u.foundedOn >= '2003-01-01')).toBe(true);
  });

  it('writes founding decisions with the symbol of the office of the time', () => {
    for (const u of big) {
      expect(u.foundingDecision).toMatch(/^[1-9]\d{0,2}\/QĐ-(LĐLĐ|CĐP)$/);
      expect(u.foundingDecision.endsWith(u.foundedOn < REFORM_DATE ? '/QĐ-LĐLĐ' : '/QĐ-CĐP')).toBe(true);
    }
  });

  it('writes addresses with the district before the reform and without after it', () => {
    expect(bigBefore.every((u) => u.address.endsWith(', huyện Chương Mỹ, thành phố Hà Nội'))).toBe(true);
    expect(big.every((u) => u.address.endsWith(', thành phố Hà Nội') && !u.address.includes('huyện'))).toBe(true);
    expect(big.some((u) => u.address.includes('Khu công nghiệp Phú Nghĩa'))).toBe(true);
  });

  it('gives chairs a generated name matching their sex, and mobile phone numbers', () => {
    const isChairClean = (u: GrassrootsUnionSeed): boolean => {
      const middle = u.chairNameParts.middle.split(' ');
      return (
        u.chairName === u.chairNameParts.fullName &&
        !middle.includes(u.chairSex === 'male' ? 'Thị' : 'Văn')
      );
    };
    expect(big.filter((u) => !isChairClean(u))).toEqual([]);
    expect(big.every((u) => /^0[35789]\d{8}$/.test(u.phone))).toBe(true);
    const preschoolChairs = big.filter((u) => u.kind === 'preschool');
    expect(preschoolChairs.filter((u) => u.chairSex === 'female').length / preschoolChairs.length).toBeGreaterThan(0.7);
    const rng = new Rng(6);
    for (let i = 0; i < 1000; i++) expect(makeMobilePhone(rng)).toMatch(/^0(3[2-9]|5[2689]|7[06-9]|8[1-689]|9[0-46-9])\d{7}$/);
  });

  it('handles edge cases', () => {
    expect(makeGrassrootsUnions(new Rng(1), 0, YEAR)).toEqual([]);
    expect(makeGrassrootsUnions(new Rng(1), 1, 1991)).toHaveLength(1);
    expect(() => makeGrassrootsUnions(new Rng(1), -1, YEAR)).toThrow(RangeError);
    expect(() => makeGrassrootsUnions(new Rng(1), 1.5, YEAR)).toThrow(RangeError);
    expect(() => makeGrassrootsUnions(new Rng(1), 10, 1900)).toThrow(RangeError);
  });
});
