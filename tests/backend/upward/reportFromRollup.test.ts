import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../shared/domain/format/number';
import { reportPrintBody } from '../../../shared/reports/printHtml';
import { call, callError, useTempDirs } from '../../fixtures/backend';
import { YEAR, buildPackage, importFiles, lowerOffice, upperOffice } from './offices';

const temp = useTempDirs();

describe("the upper office's own year-end report takes its statistics from the roll-up", () => {
  it('prints the roll-up grid’s totals in its statistics and in its {{code}} tokens, by the report’s choice', async () => {
    const a = await lowerOffice(temp, { name: 'Công đoàn phường Yên Nghĩa', code: 'cdp-yen-nghia', seed: 3, unions: 5, members: 150, prefix: 'YN' });
    const b = await lowerOffice(temp, { name: 'Công đoàn phường Kiến Hưng', code: 'cdp-kien-hung', seed: 8, unions: 7, members: 260, prefix: 'KH' });
    const upper = await upperOffice(temp);
    await call(upper.backend, 'reports:create', { year: YEAR, from: 'template' });
    // No package yet: the choice is refused.
    expect((await callError(upper.backend, 'reports:figuresFrom', { year: YEAR, from: 'rollup' })).code).toBe('REPORT_NO_ROLLUP');

    await importFiles(upper.backend, [
      { name: 'a.zip', bytes: (await buildPackage(a)).bytes },
      { name: 'b.zip', bytes: (await buildPackage(b)).bytes },
    ]);
    const before = await call(upper.backend, 'reports:get', { year: YEAR });
    expect([before.figuresFrom, before.rollupOffices]).toEqual(['own', 2]);
    const own = new Map((await call(upper.backend, 'reports:stats', { year: YEAR })).map((f) => [f.code, f.value]));

    const state = await call(upper.backend, 'reports:figuresFrom', { year: YEAR, from: 'rollup' });
    expect(state.figuresFrom).toBe('rollup');
    const rollup = await call(upper.backend, 'upper:rollup', { year: YEAR });
    const stats = await call(upper.backend, 'reports:stats', { year: YEAR });
    expect(stats.map((f) => f.code)).toEqual(rollup.rows.map((r) => r.code));
    for (const row of rollup.rows) {
      const figure = stats.find((f) => f.code === row.code)!;
      expect([row.code, figure.value, figure.lastYear]).toEqual([row.code, row.total, row.lastYearTotal]);
    }
    const members = rollup.rows.find((r) => r.code === 'members.total')!.total!;
    expect(members).toBeGreaterThan(300);
    expect(own.get('members.total') ?? 0).not.toBe(members);

    // The narrative's tokens and the statistics page of the finalised report carry the same totals.
    const section = state.draft!.sections.find((s) => s.level === 2)!;
    await call(upper.backend, 'reports:saveSections', { year: YEAR, sections: [{ key: section.key, html: '<p>Toàn quận có {{members.total}} đoàn viên trong {{unions.total}} CĐCS.</p>' }] });
    const { version } = await call(upper.backend, 'reports:finalize', { year: YEAR, allowUnwritten: true });
    const doc = await call(upper.backend, 'reports:document', { year: YEAR, version });
    const unions = rollup.rows.find((r) => r.code === 'unions.total')!.total!;
    expect(doc.sections.find((s) => s.key === section.key)!.html).toBe(`<p>Toàn quận có ${formatNumber(members, 1)} đoàn viên trong ${formatNumber(unions, 1)} CĐCS.</p>`);
    expect(doc.figures.find((f) => f.code === 'members.total')!.value).toBe(members);
    expect(reportPrintBody(doc)).toContain(formatNumber(members, 1));

    // An override still needs its reason and applies on top of the rolled-up value.
    expect((await callError(upper.backend, 'reports:setFigure', { year: YEAR, code: 'members.total', value: members + 5, reason: '', note: '' })).code).toBe('REPORT_OVERRIDE_REASON');
    const overridden = await call(upper.backend, 'reports:setFigure', { year: YEAR, code: 'members.total', value: members + 5, reason: 'Bổ sung 5 đoàn viên kết nạp sau ngày chốt', note: '' });
    expect([overridden.computed, overridden.value, overridden.source]).toEqual([members, members + 5, 'override']);

    // Back to the office's own data.
    await call(upper.backend, 'reports:figuresFrom', { year: YEAR, from: 'own' });
    expect((await call(upper.backend, 'reports:stats', { year: YEAR })).find((f) => f.code === 'unions.total')!.value).toBe(own.get('unions.total'));
  });
});
