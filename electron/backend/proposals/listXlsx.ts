import ExcelJS from 'exceljs';
import type { BackendContext } from '../core/context';
import { addPrintedSheet, addTitleRow, type PrintedColumn } from '../documents';
import { styleHeaderRow, THIN_BORDER, writeWorkbook } from '../exchange';
import { getSettings } from '../settings';
import { letterTexts } from '../../../shared/proposals/letterText';
import { proposalListRows } from '../../../shared/proposals/listRows';
import { sentCopy } from './sends';
import { getProposal } from './service';

const COLUMNS: PrintedColumn[] = [
  { header: 'TT', width: 6 },
  { header: 'Họ và tên / Tên tập thể', width: 30 },
  { header: 'Chức vụ, đơn vị', width: 32 },
  { header: 'Thành tích', width: 50 },
  { header: 'Hình thức đề nghị', width: 22 },
  { header: 'Ghi chú', width: 14 },
];

/** The list in the upper level's columns: title lines, a bordered table, sections for collectives and individuals. */
export async function writeProposalList(ctx: BackendContext, proposalId: number, file: string): Promise<{ file: string; rows: number }> {
  // Once sent, what went up stays as sent: later approvals never rewrite the letter or its list.
  const sent = sentCopy(ctx.db, proposalId);
  const proposal = sent?.proposal ?? getProposal(ctx.db, proposalId);
  const settings = sent?.settings ?? getSettings(ctx.db, ctx.now());
  const texts = letterTexts(proposal, settings, ctx.now());
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'UnionDesk';
  const sheet = addPrintedSheet(workbook, 'Danh sách đề nghị', COLUMNS.map((c) => c.width), 'landscape');
  const title = (text: string, font: Partial<ExcelJS.Font> = {}) => addTitleRow(sheet, text, { name: 'Times New Roman', size: 13, ...font }, true);
  title(texts.officeName.toUpperCase(), { bold: true });
  title('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', { bold: true, size: 14 });
  title(texts.listSubtitle, { italic: true });
  sheet.addRow([]);
  const header = sheet.addRow(COLUMNS.map((c) => c.header));
  styleHeaderRow(header, { name: 'Times New Roman', bold: true, size: 12 });
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  const rows = proposalListRows(proposal);
  let written = 0;
  for (const r of rows) {
    const row = sheet.addRow([r.tt, r.name, r.unit, r.achievement, r.form, r.note]);
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = { name: 'Times New Roman', size: 12, bold: r.section };
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: col === 1 ? 'center' : 'left' };
      cell.border = THIN_BORDER;
    });
    if (!r.section) written++;
  }
  await writeWorkbook(workbook, file);
  return { file, rows: written };
}
