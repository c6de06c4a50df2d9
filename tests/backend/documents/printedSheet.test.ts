import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addPrintedSheet, addTitleRow } from '../../../electron/backend/documents';

/** The sheet as Excel reads it back from the file. */
async function reread(workbook: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await workbook.xlsx.writeBuffer());
  return again.worksheets[0]!;
}

describe('printed sheets', () => {
  it('print on A4 fitted to the page width, in the columns asked for', async () => {
    const workbook = new ExcelJS.Workbook();
    addPrintedSheet(workbook, 'Danh sách', [6, 30, 14], 'landscape');
    const sheet = await reread(workbook);
    expect(sheet.name).toBe('Danh sách');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.columns.map((column) => column.width)).toEqual([6, 30, 14]);
  });

  it('centre each title line across all the columns, wrapped only when asked', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = addPrintedSheet(workbook, 'Thống kê', [6, 52, 13, 14]);
    addTitleRow(sheet, 'SỐ LIỆU THỐNG KÊ NĂM 2026', { name: 'Times New Roman', size: 13, bold: true });
    addTitleRow(sheet, 'Kèm theo Tờ trình số 12/TTr-CĐ', { italic: true }, true);
    const read = await reread(workbook);
    expect(read.getCell('D1').master.address).toBe('A1');
    expect(read.getCell('E1').isMerged).toBe(false);
    expect(read.getCell('A1').value).toBe('SỐ LIỆU THỐNG KÊ NĂM 2026');
    expect(read.getCell('A1').font).toMatchObject({ name: 'Times New Roman', size: 13, bold: true });
    expect(read.getCell('A1').alignment).toEqual({ horizontal: 'center' });
    expect(read.getCell('A2').alignment).toEqual({ horizontal: 'center', wrapText: true });
  });
});
