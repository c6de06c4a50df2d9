import ExcelJS from 'exceljs';
import { awardsOf, listDecisions } from '../awards';
import type { Db } from '../db/connection';
import { addListSheet, DATE_FORMAT, excelDate, MONEY_FORMAT, workbookBytes } from '../exchange';
import { itemRows, lastSent, listProposals, toItem } from '../proposals';

/** The year's award decisions with their lists, as the package's awards.json carries them. */
export function yearDecisions(db: Db, year: number) {
  return listDecisions(db, year)
    .reverse()
    .map((d) => ({
      number: d.number,
      decidedOn: d.decidedOn,
      issuerLevel: d.issuerLevel,
      issuerName: d.issuerName,
      formName: d.formName,
      titleName: d.titleName,
      subject: d.subject,
      awards: awardsOf(db, d.id).map((a) => ({
        recipientKind: a.recipientKind,
        recipientName: a.recipientName,
        recipientUnit: a.recipientUnit,
        achievement: a.achievement,
        formName: a.formName,
        titleName: a.titleName,
        amount: a.amount,
      })),
    }));
}

/** The proposals of the year sent to upper levels, with their lists and results; each row keeps its id for the upper level's receipt. */
export function yearProposals(db: Db, year: number) {
  return listProposals(db, year)
    .filter((p) => lastSent(db, p.id) !== null)
    .map((p) => ({
      id: p.id,
      number: p.number,
      submittedOn: p.submittedOn,
      toIssuerLevel: p.toIssuerLevel,
      formName: p.formName,
      titleName: p.titleName,
      subject: p.subject,
      items: itemRows(db, p.id).map(toItem).map((i) => ({
        id: i.id,
        recipientKind: i.recipientKind,
        recipientName: i.recipientName,
        recipientUnit: i.recipientUnit,
        achievement: i.achievement,
        status: i.status,
        reason: i.reason,
      })),
    }));
}

type ListColumns = Parameters<typeof addListSheet>[3];

/** One sheet numbered by STT, a row each, as the bytes of a workbook. */
async function numberedListXlsx(sheetName: string, columns: ListColumns, rows: unknown[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = addListSheet(workbook, sheetName, { header: 'STT', width: 6 }, columns);
  rows.forEach((row, i) => sheet.addRow([i + 1, ...row]));
  return workbookBytes(workbook);
}

export async function decisionsXlsx(decisions: ReturnType<typeof yearDecisions>): Promise<Uint8Array> {
  const columns = [
    { header: 'Số quyết định', width: 18 },
    { header: 'Ngày', width: 12, numFmt: DATE_FORMAT },
    { header: 'Hình thức', width: 24 },
    { header: 'Danh hiệu', width: 24 },
    { header: 'Cá nhân / tập thể', width: 40 },
    { header: 'Đơn vị', width: 36 },
    { header: 'Thành tích', width: 40 },
    { header: 'Tiền thưởng (đồng)', width: 16, numFmt: MONEY_FORMAT },
  ];
  const rows = decisions.flatMap((d) =>
    d.awards.map((a) => [d.number, excelDate(d.decidedOn), a.formName ?? d.formName ?? '', a.titleName ?? d.titleName ?? '', a.recipientName, a.recipientUnit, a.achievement, a.amount]),
  );
  return numberedListXlsx('Khen thưởng', columns, rows);
}

export async function proposalsXlsx(proposals: ReturnType<typeof yearProposals>): Promise<Uint8Array> {
  const columns = [
    { header: 'Số tờ trình', width: 18 },
    { header: 'Ngày', width: 12, numFmt: DATE_FORMAT },
    { header: 'Hình thức', width: 24 },
    { header: 'Cá nhân / tập thể', width: 40 },
    { header: 'Đơn vị', width: 36 },
    { header: 'Thành tích', width: 40 },
    { header: 'Kết quả', width: 14 },
    { header: 'Lý do', width: 30 },
  ];
  const rows = proposals.flatMap((p) =>
    p.items.map((i) => [p.number, excelDate(p.submittedOn), p.formName ?? p.titleName ?? '', i.recipientName, i.recipientUnit, i.achievement, i.status, i.reason]),
  );
  return numberedListXlsx('Đề nghị khen thưởng', columns, rows);
}
