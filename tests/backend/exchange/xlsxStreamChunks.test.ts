import { describe, expect, it } from 'vitest';
import { readGridsStreamed, readGridsWithSheetJs } from '../../../electron/backend/exchange/workbook/readGrid';
import { SheetReader } from '../../../electron/backend/exchange/workbook/xlsxStream';
import { streamedText, zipEntries } from '../../../electron/backend/exchange/workbook/zipEntries';
import { messyMemberWorkbook } from '../../fixtures/messyMemberWorkbook';
import { memberWorkbook } from '../../bench/import.bench';
import { workbookBytes } from './helpers/workbooks';

const ROWS = 20_000;
const bytes = memberWorkbook(ROWS);
const sheetEntry = () => {
  const entry = zipEntries(bytes)?.get('xl/worksheets/sheet1.xml');
  if (!entry) throw new Error('no sheet1.xml in the generated workbook');
  return entry;
};

describe('the import reads a sheet while it is decompressed, never the whole part at once', () => {
  it('gives the same grids as SheetJS', async () => {
    for (const file of [bytes, messyMemberWorkbook(['CS0001', 'CS0002']), workbookBytes([{ name: 'Đoàn viên', rows: [['A', null, 'Hòa'], [null], [1, '  An ']], merges: ['A1:B1'] }])]) {
      expect(await readGridsStreamed(file)).toEqual(readGridsWithSheetJs(file));
    }
  });

  it('holds at most one chunk of the sheet XML at a time, many times smaller than the part', async () => {
    const entry = sheetEntry();
    let chunks = 0;
    let largest = 0;
    let total = 0;
    for await (const text of streamedText(bytes, entry) ?? []) {
      chunks++;
      largest = Math.max(largest, text.length);
      total += text.length;
    }
    expect(total).toBeGreaterThan(5_000_000);
    expect(chunks).toBeGreaterThan(50);
    expect(largest).toBeLessThanOrEqual(1 << 16);
  });

  it('has read the rows before a damage halfway through the part, before the rest is decompressed', async () => {
    const entry = sheetEntry();
    const halfOfTheData = { ...entry, compressedSize: Math.floor(entry.compressedSize / 2) };
    const sheet = new SheetReader('Danh sách', []);
    const read = async () => {
      for await (const text of streamedText(bytes, halfOfTheData) ?? []) sheet.feed(text);
    };
    await expect(read()).rejects.toThrow();
    expect(sheet.rowsRead).toBeGreaterThan(ROWS / 4);
    expect(sheet.rowsRead).toBeLessThan(ROWS);
  });
});
