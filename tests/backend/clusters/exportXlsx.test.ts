import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, useTempDirs } from '../../fixtures/backend';
import { scoredCluster } from './helpers';

const temp = useTempDirs();

async function readSheet(file: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets[0]!;
}

/** A number format that ends in ".##" shows a whole number with a dangling separator ("90."). */
const danglingSeparator = (numFmt: string | undefined) => /\.#+$/u.test(numFmt ?? '');

describe('scoreSheets:export', () => {
  it('writes the ranking and the sheet with the points as numbers, whole points without a dangling separator', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const { sheetId, units, criteria } = await scoredCluster(backend);
    await call(backend, 'scores:save', {
      sheetId,
      cells: [
        { criterionId: criteria[1]!.id, clusterMemberId: units[0]!.id, field: 'agreed', value: 40 },
        { criterionId: criteria[2]!.id, clusterMemberId: units[0]!.id, field: 'agreed', value: 8.5 },
        { criterionId: criteria[1]!.id, clusterMemberId: units[1]!.id, field: 'agreed', value: 45 },
      ],
    });

    const ranking = await readSheet((await call(backend, 'scoreSheets:export', { id: sheetId, what: 'ranking' })).file);
    const first = ranking.getRow(4);
    expect([first.getCell(2).value, first.getCell(4).value, first.getCell(7).value]).toEqual([units[0]!.name, 48.5, 1]);
    expect(ranking.getRow(5).getCell(4).value).toBe(45);
    expect(danglingSeparator(first.getCell(4).numFmt)).toBe(false);

    const sheet = await readSheet((await call(backend, 'scoreSheets:export', { id: sheetId, what: 'sheet' })).file);
    const criterionRow = sheet.getRow(6);
    expect([criterionRow.getCell(2).value, criterionRow.getCell(5).value, criterionRow.getCell(7).value]).toEqual(['Phát triển đoàn viên', 50, 40]);
    expect(danglingSeparator(criterionRow.getCell(7).numFmt)).toBe(false);
  });
});
