import { describe, expect, it } from 'vitest';
import { rollupRule } from '../../../shared/upward/catalogue';
import { call, useTempDirs } from '../../fixtures/backend';
import { cli } from '../../fixtures/cli';
import { YEAR, buildPackage, importFiles, lowerOffice, upperOffice, withDb } from './offices';

const temp = useTempDirs();

describe('the upper office rolls up its lower offices', () => {
  it("sums two offices' packages to exactly the sum of their own report stats; ratios from the summed parts", async () => {
    const a = await lowerOffice(temp, { name: 'Công đoàn phường Yên Nghĩa', code: 'cdp-yen-nghia', seed: 3, unions: 12, members: 400, prefix: 'YN' });
    const b = await lowerOffice(temp, { name: 'Công đoàn phường Kiến Hưng', code: 'cdp-kien-hung', seed: 8, unions: 20, members: 900, prefix: 'KH' });
    const statsA = new Map((await call(a.backend, 'reports:stats', { year: YEAR })).map((f) => [f.code, f.value]));
    const statsB = new Map((await call(b.backend, 'reports:stats', { year: YEAR })).map((f) => [f.code, f.value]));
    const pa = await buildPackage(a);
    const pb = await buildPackage(b);

    const upper = await upperOffice(temp);
    const result = await importFiles(upper.backend, [
      { name: 'a.zip', bytes: pa.bytes },
      { name: 'b.zip', bytes: pb.bytes },
    ]);
    expect(result.refused).toEqual([]);
    expect(result.accepted.map((p) => [p.office, p.fingerprint, p.pinned])).toEqual([
      ['cdp-kien-hung', pb.fingerprint, true],
      ['cdp-yen-nghia', pa.fingerprint, true],
    ]);

    const rollup = await call(upper.backend, 'upper:rollup', { year: YEAR });
    expect(rollup.duplicates).toEqual([]);
    expect(rollup.offices.map((o) => o.name)).toEqual(['Công đoàn phường Kiến Hưng', 'Công đoàn phường Yên Nghĩa']);
    const byCode = new Map(rollup.rows.map((r) => [r.code, r]));
    expect(byCode.get('members.total')!.total).toBeGreaterThan(1000);
    let checked = 0;
    for (const code of new Set([...statsA.keys(), ...statsB.keys()])) {
      const row = byCode.get(code)!;
      const rule = rollupRule(code);
      if (rule.kind !== 'sum') continue;
      const [x, y] = [statsA.get(code) ?? null, statsB.get(code) ?? null];
      expect(row.total, code).toBe(x === null && y === null ? null : (x ?? 0) + (y ?? 0));
      expect(row.offices['Công đoàn phường Yên Nghĩa']).toBe(x);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
    const sum = (code: string) => (statsA.get(code) ?? 0) + (statsB.get(code) ?? 0);
    expect(byCode.get('members.coverage')!.total).toBe(Math.round((sum('members.total') / sum('workers.total')) * 1000) / 10);
    expect(byCode.get('unions.strongPercent')!.total).toBe(Math.round((sum('unions.rating.strong') / sum('unions.rated')) * 1000) / 10);
    // The ratio is not the sum of the two offices' ratios.
    expect(byCode.get('members.coverage')!.total).not.toBe((statsA.get('members.coverage') ?? 0) + (statsB.get('members.coverage') ?? 0));

    const json = await cli(['upper', 'rollup', '--year', String(YEAR), '--json', '--data-dir', upper.dir]);
    expect(json.code).toBe(0);
    const rows = json.json<{ code: string; label: string; unit: string; total: number | null; offices: Record<string, number | null> }[]>();
    expect(Object.keys(rows[0]!).sort()).toEqual(['code', 'label', 'offices', 'total', 'unit']);
    expect(rows.find((r) => r.code === 'members.total')!.total).toBe(sum('members.total'));
  });

  it('flags a CĐCS listed by two offices at the same cut-off and counts it once', async () => {
    const a = await lowerOffice(temp, { name: 'Công đoàn phường A', code: 'cdp-a', seed: 3, unions: 6, members: 200 });
    const b = await lowerOffice(temp, { name: 'Công đoàn phường B', code: 'cdp-b', seed: 4, unions: 6, members: 200, prefix: 'B' });
    // After the 2025 reorganisation office B still lists one of A's CĐCS.
    const shared = withDb(a.backend, (db) => db.prepare("SELECT code FROM organizations WHERE level = 'grassroots' AND code IS NOT NULL ORDER BY code LIMIT 1").pluck().get() as string);
    withDb(b.backend, (db) => db.prepare("UPDATE organizations SET code = ? WHERE id = (SELECT id FROM organizations WHERE level = 'grassroots' ORDER BY code LIMIT 1)").run(shared));
    await call(b.backend, 'reports:finalize', { year: YEAR });
    const [pa, pb] = [await buildPackage(a), await buildPackage(b)];
    const upper = await upperOffice(temp);
    await importFiles(upper.backend, [
      { name: 'a.zip', bytes: pa.bytes },
      { name: 'b.zip', bytes: pb.bytes },
    ]);
    const rollup = await call(upper.backend, 'upper:rollup', { year: YEAR });
    expect(rollup.duplicates.map((d) => [d.code, d.offices])).toEqual([[shared, ['Công đoàn phường A', 'Công đoàn phường B']]]);
    const unions = rollup.rows.find((r) => r.code === 'unions.total')!;
    const listed = Object.values(unions.offices).reduce<number>((s, v) => s + (v ?? 0), 0);
    expect(unions.total).toBe(listed - 1);
  });
});
