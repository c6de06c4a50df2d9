import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, callError, readDb, useTempDirs } from '../../fixtures/backend';
import { docxText } from '../../fixtures/docx';
import { awardsOffice, person } from './helpers';
import { newProposal, proposalOffice } from '../proposals/helpers';

const temp = useTempDirs();

async function office() {
  const backend = temp.open({ dataDir: temp.dir() });
  const o = await awardsOffice(backend);
  await call(backend, 'settings:update', { 'office.upperName': 'Liên đoàn Lao động thành phố Hà Nội', 'office.placeName': 'Hà Nội' });
  return { backend, ...o };
}

describe('căn cứ follow the date and the issuer (editable data)', () => {
  it('cites Luật Công đoàn 2024 only from 01/07/2025, Luật Công đoàn 2012 before; always the award regulation 999/QĐ-TLĐ', async () => {
    const { backend, kind } = await office();
    const before = await call(backend, 'awardDecisions:save', { draft: { number: '10/QĐ-CĐP', decidedOn: '2025-06-30', formKindId: kind('GK') }, recipients: [person('A')] });
    const after = await call(backend, 'awardDecisions:save', { draft: { number: '11/QĐ-CĐP', decidedOn: '2025-07-01', formKindId: kind('GK') }, recipients: [person('B')] });
    expect(before.bases).toContain('Căn cứ Luật Công đoàn năm 2012;');
    expect(before.bases.join(' ')).not.toContain('Luật Công đoàn năm 2024');
    expect(before.bases.join(' ')).toContain('Nghị định số 98/2023/NĐ-CP');
    expect(after.bases[0]).toBe('Căn cứ Luật Công đoàn năm 2024;');
    expect(after.bases.join(' ')).not.toContain('2012');
    expect(after.bases.join(' ')).toContain('Nghị định số 152/2025/NĐ-CP');
    for (const d of [before, after]) {
      expect(d.bases.join(' ')).toContain('Quyết định số 999/QĐ-TLĐ ngày 29/5/2024');
      expect(d.bases.at(-1)).toBe('Xét đề nghị của Văn phòng và các ban,');
    }
  });

  it('are edited as data: a line added for our office shows on the next printout; dates out of order are refused', async () => {
    const { backend, kind } = await office();
    const rows = await call(backend, 'decisionBases:save', { text: 'Căn cứ Kế hoạch số 80/KH-LĐLĐ ngày 28/4/2023;', position: 60, validFrom: '2026-01-01' });
    expect(rows.some((r) => r.text.startsWith('Căn cứ Kế hoạch số 80'))).toBe(true);
    const d = await call(backend, 'awardDecisions:save', { draft: { number: '12/QĐ-CĐP', decidedOn: '2026-02-01', formKindId: kind('GK') }, recipients: [person('A')] });
    const target = path.join(temp.dir(), 'qd.docx');
    await call(backend, 'export:awardDecisionDocx', { id: d.id, target });
    const text = docxText(target);
    expect(text).toContain('Căn cứ Kế hoạch số 80/KH-LĐLĐ ngày 28/4/2023;');
    expect(text).toContain('Căn cứ Luật Công đoàn năm 2024;');
    expect(text).toContain('Điều 3. Quyết định có hiệu lực kể từ ngày ký.');
    expect(text).not.toContain('Luật Công đoàn năm 2012');
    const bad = await callError(backend, 'decisionBases:save', { text: 'X', validFrom: '2026-02-01', validTo: '2026-01-01' });
    expect(bad.code).toBe('DECISION_BASIS_DATES');
    expect(bad.message).toContain('01/02/2026');
    const removed = await call(backend, 'decisionBases:delete', { id: rows.find((r) => r.text.startsWith('Căn cứ Kế hoạch'))!.id });
    expect(removed.some((r) => r.text.startsWith('Căn cứ Kế hoạch'))).toBe(false);
  });
});

describe('upper-level decisions are records', () => {
  it('are never exported as our Word decision; their list says "Danh sách được khen thưởng theo Quyết định số … của …"', async () => {
    const { backend, kind } = await office();
    const upper = await call(backend, 'awardDecisions:save', {
      draft: { number: '1234/QĐ-LĐLĐ', decidedOn: '2025-12-18', issuerLevel: 'province', issuerName: 'Liên đoàn Lao động thành phố Hà Nội', formKindId: kind('BK-LDLD') },
      recipients: [person('Nguyễn Thị Hằng')],
    });
    const refused = await callError(backend, 'export:awardDecisionDocx', { id: upper.id, target: path.join(temp.dir(), 'x.docx') });
    expect(refused.code).toBe('AWARD_RECORD_NOT_PRINTED');
    expect(refused.message).toContain('1234/QĐ-LĐLĐ');
    const target = path.join(temp.dir(), 'ds.xlsx');
    await call(backend, 'export:awardDecisionXlsx', { id: upper.id, target });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(target);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').text).toBe('DANH SÁCH ĐƯỢC KHEN THƯỞNG');
    expect(sheet.getCell('A2').text).toBe('(Theo Quyết định số 1234/QĐ-LĐLĐ ngày 18 tháng 12 năm 2025 của Liên đoàn Lao động thành phố Hà Nội)');
    const all = sheet.getSheetValues().flat().join(' ');
    expect(all).not.toContain('Căn cứ');
    expect(all).not.toContain('Nơi nhận');
  });

  it('approving a proposal records the upper decision with its own subject and the year of its own date', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const o = await proposalOffice(backend);
    const proposal = await newProposal(backend, { subject: 'đề nghị tặng Bằng khen của LĐLĐ thành phố năm 2025' });
    const filled = await call(backend, 'proposalItems:add', { proposalId: proposal.id, items: [{ recipientKind: 'individual', memberId: o.duc, recipientName: 'Nguyễn Văn Đức' }] });
    await call(backend, 'proposalItems:approve', {
      ids: [filled.items[0]!.id],
      decision: { number: '15/QĐ-LĐLĐ', decidedOn: '2026-01-08', subject: 'Về việc tặng Bằng khen năm 2025' },
    });
    const row = readDb(backend.dbFile, (db) => db.prepare("SELECT year, subject FROM award_decisions WHERE number = '15/QĐ-LĐLĐ'").get());
    expect(row).toEqual({ year: 2026, subject: 'Về việc tặng Bằng khen năm 2025' });
    expect(readDb(backend.dbFile, (db) => db.prepare('SELECT year FROM awards').pluck().all())).toEqual([2026]);
    const without = await newProposal(backend, { number: '26/TTr-LĐLĐ', subject: 'đề nghị tặng Bằng khen' });
    const more = await call(backend, 'proposalItems:add', { proposalId: without.id, items: [{ recipientKind: 'individual', memberId: o.dung, recipientName: 'Trần Thị Dung' }] });
    await call(backend, 'proposalItems:approve', { ids: [more.items[0]!.id], decision: { number: '16/QĐ-LĐLĐ', decidedOn: '2025-12-20' } });
    const second = readDb(backend.dbFile, (db) => db.prepare("SELECT year, subject FROM award_decisions WHERE number = '16/QĐ-LĐLĐ'").get()) as { subject: string };
    expect(second.subject).not.toContain('đề nghị');
  });
});
