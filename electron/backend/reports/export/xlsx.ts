import ExcelJS from 'exceljs';
import { formatDateVi } from '../../../../shared/domain/format/date';
import { figureRemark, figureSections, ROMAN } from '../../../../shared/reports/figures';
import type { ReportDocument } from '../../../../shared/reports/model';
import { figureNoteText } from '../../../../shared/reports/printHtml';
import { addPrintedSheet, addTitleRow, type PrintedColumn } from '../../documents';
import { styleHeaderRow, THIN_BORDER, writeWorkbook } from '../../exchange';

const COLUMNS: PrintedColumn[] = [
  { header: 'TT', width: 6 },
  { header: 'Nội dung', width: 52 },
  { header: 'Đơn vị tính', width: 13 },
  { header: 'Số lượng', width: 14 },
  { header: 'Chỉ tiêu', width: 12 },
  { header: 'Năm trước', width: 12 },
  { header: 'Ghi chú', width: 44 },
];

/** The statistics tables in the columns of the union's statistics form (Mẫu số 2-HĐCĐ), plus target and last year. */
export async function writeReportXlsx(doc: ReportDocument, file: string): Promise<{ file: string; rows: number }> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'UnionDesk';
  const sheet = addPrintedSheet(workbook, 'Thống kê', COLUMNS.map((c) => c.width));
  const title = (text: string, bold: boolean) => addTitleRow(sheet, text, { name: 'Times New Roman', size: 13, bold });
  title(doc.office.name.toUpperCase(), true);
  title(`SỐ LIỆU THỐNG KÊ NĂM ${doc.year}`, true);
  if (doc.header.cutoffOn) title(`(Tính đến ngày ${formatDateVi(doc.header.cutoffOn)})`, false);
  const head = sheet.addRow(COLUMNS.map((c) => c.header));
  styleHeaderRow(head, { name: 'Times New Roman', size: 12, bold: true });
  sheet.views = [{ state: 'frozen', ySplit: head.number }];
  let rows = 0;
  figureSections(doc.figures).forEach(({ title, figures }, i) => {
    const group = sheet.addRow([ROMAN[i] ?? String(i + 1), title]);
    group.font = { name: 'Times New Roman', size: 12, bold: true };
    for (let c = 1; c <= COLUMNS.length; c++) group.getCell(c).border = THIN_BORDER;
    figures.forEach((f, j) => {
      const row = sheet.addRow([j + 1, f.label, f.unit, f.value, f.target, f.lastYear, f.source === 'data' ? figureRemark(f) : figureNoteText(f)]);
      row.font = { name: 'Times New Roman', size: 12 };
      for (let c = 1; c <= COLUMNS.length; c++) row.getCell(c).border = THIN_BORDER;
      for (const c of [4, 5, 6]) {
        const v = row.getCell(c).value;
        row.getCell(c).numFmt = typeof v === 'number' && !Number.isInteger(v) ? '#,##0.0' : '#,##0';
      }
      row.getCell(1).alignment = { horizontal: 'center' };
      row.getCell(2).alignment = { wrapText: true };
      row.getCell(7).alignment = { wrapText: true };
      rows++;
    });
  });
  await writeWorkbook(workbook, file);
  return { file, rows };
}
