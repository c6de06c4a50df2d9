import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decisionsXlsx, proposalsXlsx, type yearDecisions, type yearProposals } from '../../../electron/backend/upward/awardParts';

async function rowsOf(bytes: Uint8Array): Promise<{ sheet: string; rows: unknown[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { sheet: sheet.name, rows };
}

const award = (name: string, amount: number) => ({ recipientKind: 'individual' as const, recipientName: name, recipientUnit: 'CĐCS A', achievement: 'Xuất sắc', formName: null, titleName: null, amount });

describe("the package's award lists", () => {
  it('number the awards of every decision on from one, one row each, with the decision they come from', async () => {
    const decisions: ReturnType<typeof yearDecisions> = [
      { number: '1/QĐ-CĐP', decidedOn: '2025-05-02', issuerLevel: 'own_office', issuerName: '', formName: 'Giấy khen', titleName: null, subject: '', awards: [award('An', 500_000), award('Bình', 500_000)] },
      { number: '2/QĐ-CĐP', decidedOn: '2025-09-01', issuerLevel: 'own_office', issuerName: '', formName: 'Giấy khen', titleName: null, subject: '', awards: [award('Chi', 300_000)] },
    ];
    const { sheet, rows } = await rowsOf(await decisionsXlsx(decisions));
    expect(sheet).toBe('Khen thưởng');
    expect(rows[0]?.[0]).toBe('STT');
    expect(rows.slice(1).map((row) => [row[0], row[1], row[5], row[8]])).toEqual([
      [1, '1/QĐ-CĐP', 'An', 500_000],
      [2, '1/QĐ-CĐP', 'Bình', 500_000],
      [3, '2/QĐ-CĐP', 'Chi', 300_000],
    ]);
  });

  it('number the rows of every proposal on from one, with their result and reason', async () => {
    const item = (id: number, name: string, status: 'approved' | 'rejected', reason: string) => ({ id, recipientKind: 'individual' as const, recipientName: name, recipientUnit: 'CĐCS A', achievement: 'Tốt', status, reason });
    const proposals: ReturnType<typeof yearProposals> = [
      { id: 9, number: '5/TTr', submittedOn: '2025-10-01', toIssuerLevel: 'province', formName: 'Bằng khen', titleName: null, subject: '', items: [item(1, 'An', 'approved', ''), item(2, 'Bình', 'rejected', 'Thiếu hồ sơ')] },
    ];
    const { sheet, rows } = await rowsOf(await proposalsXlsx(proposals));
    expect(sheet).toBe('Đề nghị khen thưởng');
    expect(rows.slice(1).map((row) => [row[0], row[1], row[4], row[7], row[8] ?? ''])).toEqual([
      [1, '5/TTr', 'An', 'approved', ''],
      [2, '5/TTr', 'Bình', 'rejected', 'Thiếu hồ sơ'],
    ]);
  });
});
