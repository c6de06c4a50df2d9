import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, useTempDirs, withDb } from '../../fixtures/backend';
import { admit, emptyOffice } from '../members/helpers';

const temp = useTempDirs();
const FORMULA_START = /^[=+\-@]/;

/** Every cell of the workbook whose text starts like a formula: its type as ExcelJS reads it back and its format. */
async function formulaLikeCells(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const found: { at: string; text: string; type: ExcelJS.ValueType; numFmt: string | undefined; formula: boolean }[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const text = typeof cell.value === 'string' ? cell.value : cell.type === ExcelJS.ValueType.Formula ? `=${cell.formula}` : '';
        if (FORMULA_START.test(text)) found.push({ at: `${sheet.name}!${cell.address}`, text, type: cell.type, numFmt: cell.numFmt, formula: cell.type === ExcelJS.ValueType.Formula });
      }),
    ),
  );
  return found;
}

describe('text starting with = + - @ goes to .xlsx as text, never a formula', () => {
  it('in the list exports: members (streamed) and CĐCS', async () => {
    const dir = temp.dir();
    const backend = temp.open({ dataDir: dir });
    const [union] = await emptyOffice(backend, ['=HYPERLINK("http://x","Công đoàn cơ sở A")']);
    await admit(backend, union!.id, '@SUM(1+1) Nguyễn Văn An', { phone: '0912345678' });
    await admit(backend, union!.id, '+Trần Thị Bình');
    await admit(backend, union!.id, '-Lê Văn Cường');
    const names = withDb(backend, (db) => db.prepare('SELECT full_name FROM members ORDER BY id').pluck().all());
    expect(names).toEqual(['@SUM(1+1) Nguyễn Văn An', '+Trần Thị Bình', '-Lê Văn Cường']);

    const files = [
      (await call(backend, 'export:members', { filter: {} })).file,
      (await call(backend, 'export:unionsXlsx', {})).file,
    ];
    for (const file of files) {
      const cells = await formulaLikeCells(file);
      expect(cells.length, file).toBeGreaterThan(0);
      for (const cell of cells) {
        expect(cell.formula, `${file} ${cell.at}`).toBe(false);
        expect(cell.type, `${file} ${cell.at}`).toBe(ExcelJS.ValueType.String);
        expect(cell.numFmt, `${file} ${cell.at} keeps the Text format`).toBe('@');
      }
    }
  });
});
