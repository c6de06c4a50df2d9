import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, callError, useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();

describe('campaigns:exportXlsx', () => {
  it("writes a campaign's outcomes, a sheet per kind, with its totals, to exports/ of the data folder", async () => {
    const dir = temp.dir();
    const backend = temp.open({ dataDir: dir });
    await call(backend, 'setup:start', { mode: 'demo', unions: 6, members: 400, year: 2025, seed: 5 });
    const peak = (await call(backend, 'campaigns:list', { year: 2025 })).find((c) => c.kind === 'peak')!;
    const result = await call(backend, 'campaigns:exportXlsx', { id: peak.id });
    expect(path.dirname(result.file)).toBe(path.join(dir, 'exports'));
    expect(fs.existsSync(`${result.file}.partial`)).toBe(false);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(result.file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Đăng ký thi đua', 'Công trình, phần việc', 'Sáng kiến', 'Hội thi', 'Tôn vinh']);
    const summary = new Map<string, unknown>();
    workbook.getWorksheet('Tổng hợp')!.eachRow((row) => summary.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(summary.get('Kế hoạch')).toBe('80/KH-LĐLĐ, 28/04/2025');
    expect(summary.get('Công trình, phần việc cấp cơ sở')).toBe(526);
    expect(summary.get('Tiền thưởng (đồng)')).toBe(564_000_000);
    const works = workbook.getWorksheet('Công trình, phần việc')!;
    expect(works.rowCount).toBe(1 + 526 + 94);
    let plaques = 0;
    works.eachRow((row, n) => n > 1 && row.getCell(7).value === 'x' && plaques++);
    expect(plaques).toBe(6);
    const entries = workbook.getWorksheet('Hội thi')!;
    expect(entries.rowCount).toBe(1 + 363);
    expect(entries.getRow(2).getCell(7).value).toBe('Giải Nhất');
    expect(entries.getColumn(8).numFmt).toBe('#,##0');
    expect(result.rows).toBe(peak.totals.registrations.units + 526 + 94 + peak.totals.initiatives.count + 363 + peak.totals.honours.count);
    expect((await callError(backend, 'campaigns:exportXlsx', { id: 999 })).code).toBe('CAMPAIGN_NOT_FOUND');
  });
});
