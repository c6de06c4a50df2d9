import type ExcelJS from 'exceljs';

/** A column of a printed sheet: its header and its width in characters. */
export interface PrintedColumn {
  header: string;
  width: number;
}

/** A worksheet that prints on A4 fitted to the page width (as many pages down as it needs), its columns `widths` wide. */
export function addPrintedSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  widths: number[],
  orientation: 'portrait' | 'landscape' = 'portrait',
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { pageSetup: { paperSize: 9, orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = widths.map((width) => ({ width }));
  return sheet;
}

/** A title line merged across the sheet's columns and centred (wrapped when `wrapText`). */
export function addTitleRow(sheet: ExcelJS.Worksheet, text: string, font: Partial<ExcelJS.Font>, wrapText = false): ExcelJS.Row {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, sheet.columns.length);
  row.getCell(1).font = font;
  row.getCell(1).alignment = wrapText ? { horizontal: 'center', wrapText } : { horizontal: 'center' };
  return row;
}
