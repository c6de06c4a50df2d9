import { describe, expect, it } from 'vitest';
import { call, useTempDirs } from '../../fixtures/backend';
import { cli } from '../../fixtures/cli';
import { buildPackage, importFiles, lowerOffice, withDb, YEAR, type LowerOffice } from './offices';

const temp = useTempDirs();

const kindId = (office: LowerOffice, code: string) => withDb(office.backend, (db) => db.prepare('SELECT id FROM award_kinds WHERE code = ?').pluck().get(code) as number);

/** A sent proposal of one award form, one row per name. */
async function sendProposal(office: LowerOffice, number: string, formCode: string, names: string[]) {
  const proposal = await call(office.backend, 'proposals:save', { draft: { year: YEAR, toIssuerLevel: 'province', formKindId: kindId(office, formCode), number, submittedOn: `${YEAR}-10-01` } });
  await call(office.backend, 'proposalItems:add', {
    proposalId: proposal.id,
    items: names.map((name) => ({ recipientKind: 'individual' as const, recipientName: name, recipientUnit: 'CĐCS Trường Tiểu học Yên Nghĩa', achievement: 'Hoàn thành xuất sắc nhiệm vụ' })),
  });
  await call(office.backend, 'proposals:send', { id: proposal.id });
}

describe("the upper office's draft decision carries the approved rows' award form and a date of their year", () => {
  it('names the form the rows share, is dated in the statistics year proposed, and says so when the forms differ', async () => {
    const lower = await lowerOffice(temp, { name: 'Công đoàn phường Yên Nghĩa', code: 'cdp-yen-nghia', seed: 5, unions: 3, members: 30 });
    await sendProposal(lower, '21/TTr-CĐP', 'BK-LDLD', ['Nguyễn Thị Hoa', 'Trần Văn Nam']);
    await sendProposal(lower, '22/TTr-CĐP', 'GK', ['Lê Thị Mai']);

    // The upper office opens the year's proposals in January of the next year.
    const dir = temp.dir();
    const upper = temp.open({ dataDir: dir, now: () => new Date(`${YEAR + 1}-01-10T02:00:00.000Z`) });
    await call(upper, 'setup:start', { mode: 'empty', officeName: 'Liên đoàn Lao động quận Hà Đông', year: YEAR });
    expect((await importFiles(upper, [{ name: 'a.zip', bytes: (await buildPackage(lower)).bytes }])).refused).toEqual([]);
    const rows = await call(upper, 'upper:proposals', { year: YEAR });
    for (const row of rows.filter((r) => r.proposalNumber === '21/TTr-CĐP')) await call(upper, 'upper:decideProposal', { rowId: row.id, decision: 'approve' });

    const draft = await call(upper, 'upper:draftDecision', { year: YEAR });
    // Not 10/01 of the next year: the cut-off of the year the rows were proposed in (30/11).
    expect(draft).toMatchObject({ decidedOn: `${YEAR}-11-30`, added: 2, recipients: 2, kinds: ['Bằng khen của Liên đoàn Lao động thành phố'] });
    const listed = await call(upper, 'awardDecisions:list', { year: YEAR });
    expect(listed.map((d) => [d.id, d.formName, d.titleName])).toEqual([[draft.decisionId, 'Bằng khen của Liên đoàn Lao động thành phố', null]]);
    const bk = withDb(upper, (db) => db.prepare("SELECT id FROM award_kinds WHERE code = 'BK-LDLD'").pluck().get() as number);
    expect(await call(upper, 'awardDecisions:get', { id: draft.decisionId })).toMatchObject({ formKindId: bk, titleKindId: null, decidedOn: `${YEAR}-11-30` });

    // A draft made before drafts carried a form gets the one its rows share when it is drafted again.
    withDb(upper, (db) => db.prepare('UPDATE award_decisions SET form_kind_id = NULL WHERE id = ?').run(draft.decisionId));
    expect(await call(upper, 'upper:draftDecision', { year: YEAR })).toMatchObject({ added: 0, recipients: 2 });
    expect(await call(upper, 'awardDecisions:get', { id: draft.decisionId })).toMatchObject({ formKindId: bk });

    // A row of another form approved later: it keeps its own form, and the draft says the forms differ.
    const mai = rows.find((r) => r.recipient === 'Lê Thị Mai')!;
    await call(upper, 'upper:decideProposal', { rowId: mai.id, decision: 'approve' });
    const again = await call(upper, 'upper:draftDecision', { year: YEAR });
    expect(again).toMatchObject({ decisionId: draft.decisionId, added: 1, recipients: 3, kinds: ['Bằng khen của Liên đoàn Lao động thành phố', 'Giấy khen'] });
    const detail = await call(upper, 'awardDecisions:get', { id: draft.decisionId });
    expect(detail.awards.map((a) => [a.recipientName, a.formName])).toEqual([
      ['Nguyễn Thị Hoa', 'Bằng khen của Liên đoàn Lao động thành phố'],
      ['Trần Văn Nam', 'Bằng khen của Liên đoàn Lao động thành phố'],
      ['Lê Thị Mai', 'Giấy khen'],
    ]);
  });

  it('a first draft whose rows differ in form leaves the decision\'s form for the clerk to choose', async () => {
    const lower = await lowerOffice(temp, { name: 'Công đoàn phường Kiến Hưng', code: 'cdp-kien-hung', seed: 6, unions: 3, members: 30 });
    await sendProposal(lower, '5/TTr-CĐP', 'BK-LDLD', ['Phạm Văn Hùng']);
    await sendProposal(lower, '6/TTr-CĐP', 'GK', ['Đỗ Thị Lan']);
    const dir = temp.dir();
    const upper = temp.open({ dataDir: dir });
    await call(upper, 'setup:start', { mode: 'empty', officeName: 'Liên đoàn Lao động quận Hà Đông', year: YEAR });
    await importFiles(upper, [{ name: 'b.zip', bytes: (await buildPackage(lower)).bytes }]);
    for (const row of await call(upper, 'upper:proposals', { year: YEAR })) await call(upper, 'upper:decideProposal', { rowId: row.id, decision: 'approve' });
    const draft = await call(upper, 'upper:draftDecision', { year: YEAR });
    // The fixed clock (15/03) is inside the year's statistics period: today. Kinds in the rows' order (Đỗ Thị Lan first).
    expect(draft).toMatchObject({ decidedOn: `${YEAR}-03-15`, added: 2, kinds: ['Giấy khen', 'Bằng khen của Liên đoàn Lao động thành phố'] });
    expect(await call(upper, 'awardDecisions:get', { id: draft.decisionId })).toMatchObject({ formKindId: null, titleKindId: null });
    const viaCli = await cli(['upper', 'draft-decision', '--year', String(YEAR), '--data-dir', dir]);
    expect(viaCli.code).toBe(0);
    expect(viaCli.stdout.join('\n')).toContain(`ngày 15/03/${YEAR} (Giấy khen; Bằng khen của Liên đoàn Lao động thành phố): thêm 0 dòng`);
  });
});
