import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseSalaryOn, prizeAmount, type BaseSalaryRow } from '../../../shared/domain/money/prize';
import type { UpperProposalRow } from '../../../shared/upperRollup/proposals';
import { call, callError, useTempDirs } from '../../fixtures/backend';
import { cli, expectOneLineFailure } from '../../fixtures/cli';
import { buildPackage, dump, importFiles, lowerOffice, upperOffice, withDb, YEAR, type LowerOffice } from './offices';

const temp = useTempDirs();

/** A proposal for the city's Bằng khen with these rows, sent upward. */
async function sendProposal(office: LowerOffice, number: string, rows: [string, string][]) {
  const kind = withDb(office.backend, (db) => db.prepare("SELECT id FROM award_kinds WHERE code = 'BK-LDLD'").pluck().get() as number);
  const proposal = await call(office.backend, 'proposals:save', { draft: { year: YEAR, toIssuerLevel: 'province', formKindId: kind, number, submittedOn: `${YEAR}-03-01` } });
  await call(office.backend, 'proposalItems:add', {
    proposalId: proposal.id,
    items: rows.map(([name, unit]) => ({ recipientKind: 'individual' as const, recipientName: name, recipientUnit: unit, achievement: 'Hoàn thành xuất sắc nhiệm vụ' })),
  });
  return call(office.backend, 'proposals:send', { id: proposal.id });
}

const byName = (rows: UpperProposalRow[], name: string) => rows.find((r) => r.recipient === name)!;

describe('proposals from below: decided row by row at the upper office, sent back in the receipt, drafted into its own decision', () => {
  it('lists both offices’ rows, refuses a rejection without reason, returns each outcome and prices the approved rows', async () => {
    const a = await lowerOffice(temp, { name: 'Công đoàn phường Yên Nghĩa', code: 'cdp-yen-nghia', seed: 3, unions: 4, members: 60, prefix: 'YN' });
    const b = await lowerOffice(temp, { name: 'Công đoàn phường Kiến Hưng', code: 'cdp-kien-hung', seed: 8, unions: 4, members: 60, prefix: 'KH' });
    const sentA = await sendProposal(a, '12/TTr-CĐP', [
      ['Nguyễn Thị Hoa', 'Giáo viên, CĐCS Trường Mầm non Yên Nghĩa'],
      ['Trần Văn Nam', 'Tổ trưởng, CĐCS Công ty May 10'],
    ]);
    await sendProposal(b, '7/TTr-CĐP', [['Lê Thị Mai', 'Kế toán, CĐCS Bệnh viện Hà Đông']]);
    // Not sent: stays out of the package.
    const unsent = await call(b.backend, 'proposals:save', { draft: { year: YEAR, toIssuerLevel: 'province', number: '8/TTr-CĐP' } });
    await call(b.backend, 'proposalItems:add', { proposalId: unsent.id, items: [{ recipientKind: 'individual', recipientName: 'Phạm Văn Chưa Gửi' }] });

    const upper = await upperOffice(temp);
    const imported = await importFiles(upper.backend, [
      { name: 'a.zip', bytes: (await buildPackage(a)).bytes },
      { name: 'b.zip', bytes: (await buildPackage(b)).bytes },
    ]);
    expect(imported.refused).toEqual([]);

    let rows = await call(upper.backend, 'upper:proposals', { year: YEAR });
    expect(rows.map((r) => [r.officeName, r.proposalNumber, r.title, r.recipient, r.unit, r.status])).toEqual([
      ['Công đoàn phường Kiến Hưng', '7/TTr-CĐP', 'Bằng khen của Liên đoàn Lao động thành phố', 'Lê Thị Mai', 'Kế toán, CĐCS Bệnh viện Hà Đông', 'pending'],
      ['Công đoàn phường Yên Nghĩa', '12/TTr-CĐP', 'Bằng khen của Liên đoàn Lao động thành phố', 'Nguyễn Thị Hoa', 'Giáo viên, CĐCS Trường Mầm non Yên Nghĩa', 'pending'],
      ['Công đoàn phường Yên Nghĩa', '12/TTr-CĐP', 'Bằng khen của Liên đoàn Lao động thành phố', 'Trần Văn Nam', 'Tổ trưởng, CĐCS Công ty May 10', 'pending'],
    ]);

    // A refusal without a reason is refused and writes nothing.
    const before = dump(upper.backend.dbFile);
    const refusal = await callError(upper.backend, 'upper:decideProposal', { rowId: byName(rows, 'Trần Văn Nam').id, decision: 'reject', reason: '  ' });
    expect(refusal.code).toBe('UPPER_PROPOSAL_REASON');
    expect(refusal.message).toBe('Không duyệt "Trần Văn Nam" (Công đoàn phường Yên Nghĩa) phải ghi lý do; lý do được gửi về đơn vị trong biên nhận.');
    const noReason = await cli(['upper', 'decide', String(byName(rows, 'Trần Văn Nam').id), 'reject', '--data-dir', upper.dir]);
    expect(expectOneLineFailure(noReason)).toContain('phải ghi lý do');
    expect(dump(upper.backend.dbFile)).toEqual(before);

    await call(upper.backend, 'upper:decideProposal', { rowId: byName(rows, 'Nguyễn Thị Hoa').id, decision: 'approve' });
    await call(upper.backend, 'upper:decideProposal', { rowId: byName(rows, 'Trần Văn Nam').id, decision: 'reject', reason: 'Chưa đủ 2 năm liền hoàn thành xuất sắc nhiệm vụ' });
    const viaCli = await cli(['upper', 'decide', String(byName(rows, 'Lê Thị Mai').id), 'approve', '--data-dir', upper.dir, '--json']);
    expect(viaCli.code).toBe(0);
    const listed = await cli(['upper', 'proposals', '--year', String(YEAR), '--json', '--data-dir', upper.dir]);
    expect(listed.json<{ recipient: string; office: string; proposal: string; status: string; reason: string }[]>().map((r) => [r.recipient, r.office, r.proposal, r.status, r.reason])).toEqual([
      ['Lê Thị Mai', 'Công đoàn phường Kiến Hưng', '7/TTr-CĐP', 'approved', ''],
      ['Nguyễn Thị Hoa', 'Công đoàn phường Yên Nghĩa', '12/TTr-CĐP', 'approved', ''],
      ['Trần Văn Nam', 'Công đoàn phường Yên Nghĩa', '12/TTr-CĐP', 'rejected', 'Chưa đủ 2 năm liền hoàn thành xuất sắc nhiệm vụ'],
    ]);

    // The approved rows become the upper office's own decision, priced by the base salary on its date.
    const draft = await call(upper.backend, 'upper:draftDecision', { year: YEAR });
    expect(draft).toMatchObject({ added: 2, recipients: 2 });
    const decisions = await call(upper.backend, 'awardDecisions:list', { year: Number(draft.decidedOn.slice(0, 4)) });
    expect(decisions.map((d) => [d.id, d.number, d.issuerLevel, d.issuerName])).toEqual([[draft.decisionId, draft.number, 'own_office', 'Liên đoàn Lao động quận Hà Đông']]);
    const detail = await call(upper.backend, 'awardDecisions:get', { id: draft.decisionId });
    const expected = withDb(upper.backend, (db) => {
      const coefficient = db
        .prepare("SELECT c.individual FROM award_coefficients c JOIN award_kinds k ON k.id = c.award_kind_id WHERE k.code = 'BK-LDLD' AND c.effective_from <= ? ORDER BY c.effective_from DESC LIMIT 1")
        .pluck()
        .get(draft.decidedOn) as number;
      const base = baseSalaryOn(db.prepare('SELECT effective_from AS effectiveFrom, amount FROM base_salaries').all() as BaseSalaryRow[], draft.decidedOn)!;
      return prizeAmount(coefficient, base);
    });
    expect(expected).toBeGreaterThan(0);
    expect(detail.awards.map((r) => [r.recipientName, r.recipientUnit, r.amount])).toEqual([
      ['Lê Thị Mai', 'Kế toán, CĐCS Bệnh viện Hà Đông, Công đoàn phường Kiến Hưng', expected],
      ['Nguyễn Thị Hoa', 'Giáo viên, CĐCS Trường Mầm non Yên Nghĩa, Công đoàn phường Yên Nghĩa', expected],
    ]);
    expect(draft.total).toBe(2 * expected);
    // Again: nothing new to add, the same decision; a drafted row keeps its outcome.
    expect(await call(upper.backend, 'upper:draftDecision', { year: YEAR })).toMatchObject({ decisionId: draft.decisionId, added: 0, recipients: 2 });
    rows = await call(upper.backend, 'upper:proposals', { year: YEAR });
    expect((await callError(upper.backend, 'upper:decideProposal', { rowId: byName(rows, 'Nguyễn Thị Hoa').id, decision: 'reject', reason: 'x' })).code).toBe('UPPER_PROPOSAL_IN_DRAFT');

    // The receipt carries each row's outcome back; the lower office sees it on its sent proposal.
    const officeRow = (await call(upper.backend, 'upper:offices', { year: YEAR })).find((o) => o.code === 'cdp-yen-nghia')!;
    const receipt = await call(upper.backend, 'upper:decide', { packageRowId: officeRow.packageRowId!, decision: 'received', reason: '', target: path.join(upper.dir, 'bien-nhan.json') });
    await call(a.backend, 'upward:importReceipt', { base64: fs.readFileSync(receipt.file).toString('base64') });
    const back = await call(a.backend, 'proposals:get', { id: sentA.id });
    expect(back.items.map((i) => [i.recipientName, i.upperOutcome])).toEqual([
      ['Nguyễn Thị Hoa', { status: 'approved', reason: '', upperName: 'Liên đoàn Lao động quận Hà Đông' }],
      ['Trần Văn Nam', { status: 'rejected', reason: 'Chưa đủ 2 năm liền hoàn thành xuất sắc nhiệm vụ', upperName: 'Liên đoàn Lao động quận Hà Đông' }],
    ]);
    // Outcomes are signed: a receipt whose outcome was changed after signing is refused.
    const forged = JSON.parse(fs.readFileSync(receipt.file, 'utf8')) as { body: string; signature: string };
    forged.body = forged.body.replace('"rejected"', '"approved"');
    expect((await callError(a.backend, 'upward:importReceipt', { base64: Buffer.from(JSON.stringify(forged)).toString('base64') })).code).toBe('RECEIPT_INVALID');

    // A new revision of the office's package keeps the decisions already taken on its rows.
    await call(a.backend, 'reports:finalize', { year: YEAR, allowUnwritten: true });
    const r2 = await importFiles(upper.backend, [{ name: 'a2.zip', bytes: (await buildPackage(a, 'a2.zip')).bytes }]);
    expect(r2.replaced).toHaveLength(1);
    rows = await call(upper.backend, 'upper:proposals', { year: YEAR });
    expect(rows.map((r) => [r.recipient, r.status, r.awardId !== null])).toEqual([
      ['Lê Thị Mai', 'approved', true],
      ['Nguyễn Thị Hoa', 'approved', true],
      ['Trần Văn Nam', 'rejected', false],
    ]);
  });

  it('refuses a draft with nothing approved', async () => {
    const upper = await upperOffice(temp);
    const error = await callError(upper.backend, 'upper:draftDecision', { year: YEAR });
    expect(error.code).toBe('UPPER_DRAFT_NOTHING_APPROVED');
    expect(await call(upper.backend, 'awardDecisions:list', { year: YEAR })).toEqual([]);
  });
});
