import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { issuerLevelLabels } from '../../../shared/proposals/labels';
import type { AwardListFilter } from '../../../shared/awards/awardList';
import type { BackendContext } from '../core/context';
import type { Job } from '../core/jobs';
import { addListSheet, DATE_FORMAT, excelDate } from '../exchange';
import { awardListItems, awardListSummary } from './awardList';

const CHUNK = 2_000;
export const MONEY_FORMAT = '#,##0" đ"';

/** The filtered awards of the year, then their totals by issuer and form; money as numbers, dates as dates. */
export async function exportAwardList(ctx: BackendContext, job: Job, filter: AwardListFilter, file: string): Promise<{ file: string; rows: number }> {
  const vi = ctx.locale === 'vi';
  const h = (v: string, e: string) => (vi ? v : e);
  const levels = issuerLevelLabels[ctx.locale];
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${file}.partial`, useStyles: true, useSharedStrings: false });
  const sheet = addListSheet(workbook, h(`Khen thưởng ${filter.year}`, `Awards ${filter.year}`), { header: 'TT', width: 6 }, [
    { header: h('Họ và tên / Tên tập thể', 'Recipient'), width: 30 },
    { header: h('Cá nhân / Tập thể', 'Kind'), width: 12 },
    { header: h('Chức vụ, đơn vị', 'Position, unit'), width: 30 },
    { header: h('Hình thức', 'Form'), width: 26 },
    { header: h('Danh hiệu', 'Title'), width: 24 },
    { header: h('Thành tích', 'Achievement'), width: 40 },
    { header: h('Cấp khen', 'Issuer'), width: 26 },
    { header: h('Số quyết định', 'Decision no.'), width: 16 },
    { header: h('Ngày quyết định', 'Decision date'), width: 13, numFmt: DATE_FORMAT },
    { header: h('Số tiền (đồng)', 'Amount (VND)'), width: 14, numFmt: MONEY_FORMAT },
  ]);
  let written = 0;
  const summary = awardListSummary(ctx.db, filter);
  const total = summary.total;
  for (;;) {
    const items = awardListItems(ctx.db, filter, written, CHUNK);
    for (const a of items) {
      sheet
        .addRow([
          ++written,
          a.recipientName,
          a.recipientKind === 'collective' ? h('Tập thể', 'Collective') : h('Cá nhân', 'Individual'),
          a.recipientUnit || a.organizationName || '',
          a.formName ?? '',
          a.titleName ?? '',
          a.achievement,
          a.issuerName || levels[a.issuerLevel],
          a.decisionNumber,
          excelDate(a.decidedOn),
          a.amount,
        ])
        .commit();
    }
    job.progress('export.awards', written, total);
    await job.checkpoint();
    if (items.length < CHUNK || written >= total) break;
  }
  sheet.commit();
  const sums = workbook.addWorksheet(h('Tổng hợp', 'Totals'));
  sums.columns = [
    { header: h('Cấp khen', 'Issuer'), width: 34 },
    { header: h('Hình thức / danh hiệu', 'Form / title'), width: 40 },
    { header: h('Số lượng', 'Count'), width: 10 },
    { header: h('Số tiền (đồng)', 'Amount (VND)'), width: 16, style: { numFmt: MONEY_FORMAT } },
  ];
  sums.getRow(1).font = { bold: true };
  for (const t of summary.totals) sums.addRow([levels[t.issuerLevel], t.kindName, t.count, t.amount]).commit();
  const last = sums.addRow([h('Tổng cộng', 'Total'), '', total, summary.amount]);
  last.font = { bold: true };
  last.commit();
  sums.commit();
  await workbook.commit();
  fs.renameSync(`${file}.partial`, file);
  return { file, rows: written };
}
