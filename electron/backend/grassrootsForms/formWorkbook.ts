/**
 * One pre-filled Mẫu số 1-HĐCĐ as an .xlsx: the header naming the upper level and the CĐCS, the
 * catalogue's rows with last period's figures in "Kỳ trước", what the office knows filled in,
 * input cells unlocked and validated (whole numbers ≥ 0), the rest locked, and a hidden sheet
 * identifying the form, the CĐCS and the period.
 */
import ExcelJS from 'exceljs';
import { isInputFigure, isFigure, type FormCatalogue } from '../../../shared/grassrootsForms/catalogue';
import { formPeriodYear } from '../../../shared/grassrootsForms/period';
import { formatDateVi } from '../../../shared/domain/format/date';
import { addPrintedSheet, type PrintedColumn } from '../documents';
import { MONEY_FORMAT, styleHeaderRow, THIN_BORDER } from '../exchange';
import { FORM_KIND, IDENTITY_SHEET } from './readForm';

export interface FormWorkbookInput {
  catalogue: FormCatalogue;
  period: string;
  upperName: string;
  union: { id: number; code: string; name: string };
  known: ReadonlyMap<string, number>;
  previous: ReadonlyMap<string, number>;
}

const COLUMNS: PrintedColumn[] = [
  { header: 'TT', width: 6 },
  { header: 'Nội dung', width: 62 },
  { header: 'Đơn vị tính', width: 12 },
  { header: 'Kỳ trước', width: 16 },
  { header: 'Số lượng', width: 16 },
  { header: 'Ghi chú', width: 24 },
];
const VALUE_COL = 5;

export function buildFormWorkbook(input: FormWorkbookInput): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = addPrintedSheet(workbook, 'Mẫu 1-HĐCĐ', COLUMNS.map((column) => column.width));
  sheet.getCell('A1').value = `Công đoàn cấp trên: ${input.upperName}`;
  sheet.getCell('F1').value = 'Mẫu số 1-HĐCĐ';
  sheet.getCell('A2').value = `Đơn vị báo cáo: ${input.union.name}`;
  sheet.mergeCells('A1:D1');
  sheet.mergeCells('A2:D2');
  sheet.mergeCells('A4:F4');
  sheet.mergeCells('A5:F5');
  sheet.getCell('A4').value = `BÁO CÁO HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ NĂM ${formPeriodYear(input.period)}`;
  sheet.getCell('A5').value = `(Số liệu tính đến ngày ${formatDateVi(input.period)})`;
  for (const address of ['A1', 'A2', 'A4']) sheet.getCell(address).font = { bold: true };
  for (const address of ['A4', 'A5']) sheet.getCell(address).alignment = { horizontal: 'center' };
  const header = sheet.getRow(7);
  header.values = COLUMNS.map((column) => column.header);
  header.font = { bold: true };
  styleHeaderRow(header);

  const rowOf = new Map<string, number>();
  let r = 8;
  const ratios: { row: number; numerator: string; denominator: string; scale: number }[] = [];
  for (const section of input.catalogue.sections) {
    const heading = sheet.getRow(r++);
    heading.values = [section.tt, section.label.toUpperCase()];
    heading.font = { bold: true };
    for (const row of section.rows) {
      const line = sheet.getRow(r);
      if (!isFigure(row)) {
        line.values = [row.tt, row.label];
        line.font = { bold: true, italic: true };
        r++;
        continue;
      }
      rowOf.set(row.code, r);
      line.values = [row.tt ?? '', row.of ? `- ${row.label}` : row.label, row.unit, input.previous.get(row.code) ?? null, input.known.get(row.code) ?? null, null];
      const value = line.getCell(VALUE_COL);
      if (row.money) {
        value.numFmt = MONEY_FORMAT;
        line.getCell(4).numFmt = MONEY_FORMAT;
      }
      if (isInputFigure(row)) {
        value.protection = { locked: false };
        value.dataValidation = {
          type: 'whole',
          operator: 'greaterThanOrEqual',
          formulae: [0],
          allowBlank: true,
          showErrorMessage: true,
          errorTitle: 'Số liệu không hợp lệ',
          error: row.money ? 'Nhập số tiền bằng đồng, số nguyên không âm (để trống nếu không có số liệu).' : 'Nhập số nguyên không âm (để trống nếu không có số liệu).',
        };
        value.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
      } else if (row.rollup === 'ratio') {
        ratios.push({ row: r, numerator: row.numerator, denominator: row.denominator, scale: row.scale });
      }
      line.getCell(6).protection = { locked: false };
      r++;
    }
  }
  for (const ratio of ratios) {
    const part = rowOf.get(ratio.numerator);
    const whole = rowOf.get(ratio.denominator);
    if (part === undefined || whole === undefined) continue;
    sheet.getCell(ratio.row, VALUE_COL).value = { formula: `IF(N(E${whole})>0,ROUND(E${part}/E${whole}*${ratio.scale},1),"")` };
  }
  for (let row = 8; row < r; row++) for (let col = 1; col <= COLUMNS.length; col++) sheet.getCell(row, col).border = THIN_BORDER;
  void sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });

  const identity = workbook.addWorksheet(IDENTITY_SHEET, { state: 'hidden' });
  identity.addRows([
    ['form', FORM_KIND],
    ['union', input.union.code],
    ['unionId', String(input.union.id)],
    ['period', input.period],
    ['catalogue', input.catalogue.version],
  ]);
  void identity.protect('', {});
  return workbook;
}
