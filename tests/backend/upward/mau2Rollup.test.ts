import { describe, expect, it } from 'vitest';
import { inflateEntry, readZipDirectory } from '../../../electron/backend/upward/zipRead';
import { MANIFEST_FILE, PACKAGE_PARTS } from '../../../shared/upward/manifest';
import { call, useTempDirs } from '../../fixtures/backend';
import { YEAR, buildPackage, importFiles, lowerOffice, upperOffice, type LowerOffice } from './offices';

const temp = useTempDirs();
const PERIOD = `${YEAR}-11-30`;

/** One CĐCS of the office returns its Mẫu 1 (typed from paper); the report is finalised again with it. */
async function withReturnedForm(office: LowerOffice, values: Record<string, number>): Promise<void> {
  const first = (await call(office.backend, 'forms:status', { period: PERIOD }))[0]!;
  await call(office.backend, 'forms:saveTyped', { period: PERIOD, organizationId: first.organizationId, values });
  await call(office.backend, 'reports:finalize', { year: YEAR, allowUnwritten: true });
}

function partOf(zip: Buffer, path: string): unknown {
  const entry = readZipDirectory(zip).find((e) => e.path === path)!;
  return JSON.parse(Buffer.from(inflateEntry(zip, entry)).toString('utf8'));
}

describe('packages carry Mẫu 2 figures, rolled up by each figure’s rule', () => {
  it('recomputes a ratio from the summed parts and weights the average wage by its count', async () => {
    const a = await lowerOffice(temp, { name: 'Công đoàn phường Yên Nghĩa', code: 'cdp-yen-nghia', seed: 3, unions: 4, members: 60, prefix: 'YN' });
    const b = await lowerOffice(temp, { name: 'Công đoàn phường Kiến Hưng', code: 'cdp-kien-hung', seed: 8, unions: 4, members: 60, prefix: 'KH' });
    await withReturnedForm(a, { 'labour.wageCount': 100, 'labour.avgWage': 8_000_000, 'party.introduced': 4, 'party.admitted': 1 });
    await withReturnedForm(b, { 'labour.wageCount': 300, 'labour.avgWage': 6_000_000, 'party.introduced': 1, 'party.admitted': 1 });
    const [pa, pb] = [await buildPackage(a), await buildPackage(b)];

    // The package names the Mẫu 2 catalogue and carries its figures by code.
    expect((partOf(pa.bytes, MANIFEST_FILE) as { catalogueVersion: string }).catalogueVersion).toBe('mau-2-hdcd/2024.1');
    const figures = new Map((partOf(pa.bytes, PACKAGE_PARTS.figures) as { code: string; value: number | null }[]).map((f) => [f.code, f.value]));
    expect([figures.get('labour.avgWage'), figures.get('labour.wageCount'), figures.get('party.admittedPercent')]).toEqual([8_000_000, 100, 25]);

    const upper = await upperOffice(temp);
    expect((await importFiles(upper.backend, [{ name: 'a.zip', bytes: pa.bytes }, { name: 'b.zip', bytes: pb.bytes }])).refused).toEqual([]);
    const rows = new Map((await call(upper.backend, 'upper:rollup', { year: YEAR })).rows.map((r) => [r.code, r]));
    // (8.000.000 × 100 + 6.000.000 × 300) / 400 = 6.500.000, not the plain mean 7.000.000.
    expect(rows.get('labour.avgWage')).toMatchObject({ rule: 'weighted', total: 6_500_000 });
    expect(rows.get('labour.wageCount')).toMatchObject({ rule: 'sum', total: 400 });
    // (1 + 1) / (4 + 1) = 40 %, not 25 % + 100 % nor their mean.
    expect(rows.get('party.admittedPercent')).toMatchObject({ rule: 'ratio', total: 40 });
    expect(rows.get('party.introduced')?.total).toBe(5);
  });
});
