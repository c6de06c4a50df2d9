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
  return sheet;
}

/** An in-memory workbook written in one piece (never a half-written file under the final name). */
export async function writeWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  writeFileAtomic(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
}
