import ExcelJS from 'exceljs';
import { decisionText } from '../../../shared/awards/decisionText';
import type { BackendContext } from '../core/context';
import { addPrintedSheet } from '../documents';
import { MONEY_FORMAT, THIN_BORDER, writeWorkbook } from '../exchange';
import { exportTarget } from '../files';
import { getDecision } from './decisionQueries';
import { decisionFileBase, officeTexts } from './officeTexts';

/** The decision's list of recipients as a workbook: title lines, header, one row each, total and total in words. */
export async function exportDecisionXlsx(ctx: BackendContext, id: number, target: string | undefined): Promise<{ file: string }> {
  const detail = getDecision(ctx.db, id);
  const text = decisionText(detail, officeTexts(ctx));
  const vi = ctx.locale === 'vi';
  const workbook = new ExcelJS.Workbook();
  const sheet = addPrintedSheet(workbook, vi ? 'Danh sách' : 'List', [6, 30, 30, 40, 10, 14]);
  const title = sheet.addRow([text.listTitle]);
  title.font = { bold: true, size: 13 };
  sheet.mergeCells(title.number, 1, title.number, 6);
  const sub = sheet.addRow([text.listSubtitle]);
  sub.font = { italic: true };
  sheet.mergeCells(sub.number, 1, sub.number, 6);
  for (const row of [title, sub]) row.alignment = { horizontal: 'center', wrapText: true };
  sheet.addRow([]);
  const header = sheet.addRow(vi ? ['TT', 'Họ và tên / Tập thể', 'Đơn vị', 'Thành tích', 'Hệ số', 'Số tiền (đồng)'] : ['No.', 'Name / Collective', 'Unit', 'Achievement', 'Coefficient', 'Amount (VND)']);
  header.font = { bold: true };
  header.eachCell((c) => (c.border = THIN_BORDER));
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  detail.awards.forEach((a, i) => {
    const row = sheet.addRow([i + 1, a.recipientName, a.recipientUnit, a.achievement, a.coefficient ?? '', a.amount]);
    row.getCell(6).numFmt = MONEY_FORMAT;
    row.alignment = { vertical: 'top', wrapText: true };
    row.eachCell({ includeEmpty: true }, (c) => (c.border = THIN_BORDER));
  });
  const total = detail.awards.reduce((s, a) => s + a.amount, 0);
  const totalRow = sheet.addRow(['', vi ? 'Tổng cộng' : 'Total', '', '', '', total]);
  totalRow.font = { bold: true };
  totalRow.getCell(6).numFmt = MONEY_FORMAT;
  totalRow.eachCell({ includeEmpty: true }, (c) => (c.border = THIN_BORDER));
  const words = sheet.addRow([`${vi ? 'Bằng chữ' : 'In words'}: ${text.totalInWords}`]);
  words.font = { italic: true };
  sheet.mergeCells(words.number, 1, words.number, 6);
  const file = exportTarget(ctx, target, decisionFileBase(detail.number), 'xlsx');
  await writeWorkbook(workbook, file);
  return { file };
}
