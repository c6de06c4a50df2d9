import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../fixtures/backend';
import { cli, expectOneLineFailure } from '../../fixtures/cli';
import { fillOurForm } from '../../fixtures/mau1Workbooks';

const temp = useTempDirs();
const PERIOD = '2026-11-30';

describe('uniondesk forms … / rollup figures', () => {
  it('makes forms for three CĐCS, takes two back (one written "1.234"), tracks the missing one and rolls up Mẫu 2', async () => {
    const data = temp.dir();
    const dd = ['--data-dir', data];
    expect((await cli(['seed', '--unions', '4', '--members', '30', '--year', '2026', '--seed', '1', ...dd])).code).toBe(0);
    const out = temp.dir();
    const made = await cli(['forms', 'make', '--period', PERIOD, '--out', out, '--json', ...dd]);
    expect(made.code).toBe(0);
    const files = made.json<{ files: string[] }>().files;
    expect(files).toHaveLength(3);

    const back = temp.dir();
    const [first, second, third] = files as [string, string, string];
    const fill = async (name: string, values: Record<string, string | number>) =>
      fs.writeFileSync(path.join(back, name), Buffer.from(await fillOurForm(fs.readFileSync(path.join(out, name)).toString('base64'), values), 'base64'));
    await fill(first, { 'Tổng số lao động': '4.321', 'Số lao động được ký HĐLĐ': '1.234', 'Số người được bố trí nhà ở': 5 });
    await fill(second, { 'Số lao động được ký HĐLĐ': 66, 'Số người được bố trí nhà ở': 0 });
    const imported = await cli(['forms', 'import', back, '--period', PERIOD, '--json', ...dd]);
    expect(imported.code).toBe(0);
    const result = imported.json<{ changes: { unionCode: string; code: string; before: number | null; after: number }[] }>();
    expect({ ...result, changes: [] }).toEqual({ imported: 2, updated: 0, skipped: 0, errors: [], changes: [] });
    // The first form's workers (4.321) replace the office's record of that CĐCS as at the cut-off; the second's match it.
    expect(result.changes).toEqual([{ unionCode: expect.stringMatching(/./), code: 'workers.total', before: expect.any(Number), after: 4321 }]);
    expect(first).toContain(result.changes[0]?.unionCode);
    expect(result.changes[0]?.before).not.toBe(4321);

    const status = (await cli(['forms', 'status', '--period', PERIOD, '--json', ...dd])).json<{ unionCode: string; status: string; file: string | null; returnedAt: string | null; unionName: string }[]>();
    expect(status).toHaveLength(3);
    expect(Object.keys(status[0] ?? {}).sort()).toEqual(['file', 'returnedAt', 'status', 'unionCode', 'unionName']);
    expect(status.filter((s) => s.status === 'missing').map((s) => s.file)).toEqual([null]);
    expect(third).toContain(status.find((s) => s.status === 'missing')?.unionCode ?? '?');

    const rolled = (await cli(['rollup', 'figures', '--period', PERIOD, '--json', ...dd])).json<Record<string, unknown>[]>();
    const contracts = rolled.find((f) => f.code === 'labour.contracts');
    expect(contracts).toEqual({ code: 'labour.contracts', label: 'Số lao động được ký HĐLĐ', unit: 'người', value: 1300, source: 'forms', formsReturned: 2, formsExpected: 3 });

    const mau2 = path.join(temp.dir(), 'mau2.xlsx');
    expect((await cli(['forms', 'export', '--period', PERIOD, '--out', mau2, ...dd])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(mau2);
    expect(String(workbook.worksheets[0]?.getCell('A4').value)).toBe('BÁO CÁO TỔNG HỢP SỐ LIỆU VỀ HOẠT ĐỘNG CÔNG ĐOÀN NĂM 2026');

    expectOneLineFailure(await cli(['forms', 'status', '--period', '2026-12-31', ...dd]), 1);
    expectOneLineFailure(await cli(['forms', 'status', ...dd]), 2);
  });
});
