import type ExcelJS from 'exceljs';
import { writeFileAtomic } from '../../paths/dataDir';

/** Whole đồng as a number with thousands separators (1.234.567 in a Vietnamese Excel). */
export const MONEY_FORMAT = '#,##0';

const thin = { style: 'thin' as const };
export const THIN_BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * A table's header row: every filled cell centred (wrapping), bordered thin, in `font` when given.
 */
export function styleHeaderRow(row: ExcelJS.Row, font?: Partial<ExcelJS.Font>): void {
  row.eachCell((cell) => {
    if (font) cell.font = font;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN_BORDER;
  });
}

export interface ListColumn {
  header: string;
  width: number;
  /** A cell format for the whole column, e.g. DATE_FORMAT or MONEY_FORMAT. */
  numFmt?: string | undefined;
}

/**
 * A list sheet (in-memory or streamed): the STT column, then `columns`, a bold header row that stays
 * in view when scrolling. The header row is committed, so a streamed sheet can take rows at once.
 */
export function addListSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  no: { header: string; width: number },
  columns: ListColumn[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [no, ...columns.map((c) => ({ header: c.header, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }))];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  guardRowsOf(sheet);
  return sheet;
}

/** Text Excel would run as a formula once the cell is edited or saved as CSV: = + - @, or a tab or return first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell of such text keeps the Text format ("@"): it stays text, never becomes a formula. */
export function guardTextCell(cell: ExcelJS.Cell): void {
  if (typeof cell.value === 'string' && FORMULA_START.test(cell.value)) cell.numFmt = '@';
}

/** Every filled cell of a row, before a streamed row is committed. */
export function guardRow(row: ExcelJS.Row): void {
  row.eachCell(guardTextCell);
}

/** Rows a sheet adds (streamed or not) are guarded when they are committed, whatever was filled in after addRow. */
function guardRowsOf(sheet: ExcelJS.Worksheet): void {
  const addRow = sheet.addRow.bind(sheet);
  sheet.addRow = (values, style) => {
    const row = addRow(values, style);
    const commit = row.commit.bind(row);
    row.commit = () => {
      guardRow(row);
      commit();
    };
    return row;
  };
}

/** The bytes of an in-memory workbook, every cell guarded first: the one way our .xlsx files are made. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  workbook.eachSheet((sheet) => sheet.eachRow((row) => guardRow(row)));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** An in-memory workbook written in one piece (never a half-written file under the final name). */
export async function writeWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  writeFileAtomic(file, await workbookBytes(workbook));
}
