import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import type { DecisionDraftInput, RecipientDraftInput } from '../../../shared/awards/model';
import { call, callError, readDb, useTempDirs } from '../../fixtures/backend';
import { awardsOffice, person } from './helpers';

const temp = useTempDirs();

async function office() {
  const backend = temp.open({ dataDir: temp.dir() });
  return { backend, ...(await awardsOffice(backend)) };
}

const save = (backend: Backend, draft: DecisionDraftInput, recipients: RecipientDraftInput[], id?: number) =>
  call(backend, 'awardDecisions:save', { ...(id ? { id } : {}), draft, recipients });

describe('award decisions', () => {
  it('saves a decision for a CĐCS, a member and a typed person, with money of the decision date and totals', async () => {
    const { backend, a, hang, kind } = await office();
    const detail = await save(backend, { number: '12/QĐ-CĐP', decidedOn: '2025-12-20', formKindId: kind('GK'), signerName: 'Nguyễn Thị Thu Hà' }, [
      { recipientKind: 'collective', organizationId: a.id, recipientName: a.name, achievement: 'Hoàn thành xuất sắc nhiệm vụ' },
      person('Nguyễn Thị Hằng', { memberId: hang, recipientUnit: 'Công ty May Đức Giang' }),
      person('Lê Văn Ngoài'),
    ]);
    expect(detail.awards.map((w) => [w.recipientName, w.coefficient, w.amount])).toEqual([
      [a.name, 0.6, 1_410_000],
      ['Nguyễn Thị Hằng', 0.3, 710_000],
      ['Lê Văn Ngoài', 0.3, 710_000],
    ]);
    expect(detail.total).toBe(2_830_000);
    expect(detail.year).toBe(2025);
    const list = await call(backend, 'awardDecisions:list', { year: 2025 });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ number: '12/QĐ-CĐP', recipients: 3, total: 2_830_000, formName: 'Giấy khen' });
  });

  it('edits keep money already decided, remove left-out rows and price new ones; audit rows for each change', async () => {
    const { backend, kind } = await office();
    const first = await save(backend, { number: '5/QĐ-CĐP', decidedOn: '2025-09-01', formKindId: kind('GK') }, [person('Một'), person('Hai')]);
    // The coefficient table changes afterwards: stored money must not move.
    const gk = (await call(backend, 'awardKinds:list', {})).find((k) => k.code === 'GK')!;
    const row = gk.coefficients.find((c) => c.effectiveFrom === '2025-07-01')!;
    await call(backend, 'awardCoefficients:save', { id: row.id, awardKindId: gk.id, effectiveFrom: '2025-07-01', individual: 0.5, legalBasis: 'sửa' });
    const [one] = first.awards;
    const edited = await save(
      backend,
      { number: '5/QĐ-CĐP', decidedOn: '2025-09-01', formKindId: kind('GK') },
      [{ ...person('Một (sửa)'), id: one!.id }, person('Ba')],
      first.id,
    );
    expect(edited.awards.map((w) => [w.recipientName, w.coefficient, w.amount])).toEqual([
      ['Một (sửa)', 0.3, 710_000],
      ['Ba', 0.5, 1_170_000],
    ]);
    const actions = readDb(backend.dbFile, (db) => db.prepare("SELECT action FROM audit_log WHERE entity = 'awards' ORDER BY id").pluck().all());
    expect(actions).toEqual(['create', 'create', 'update', 'delete', 'create']);
  });

  it('a new decision date re-prices kept rows on that date, and the audit row records the new money', async () => {
    const { backend, kind } = await office();
    const draft = { number: '9/QĐ-CĐP', decidedOn: '2025-06-30', formKindId: kind('GK') };
    const first = await save(backend, draft, [person('Một')]);
    expect(first.awards.map((a) => [a.coefficient, a.amount])).toEqual([[0.15, 360_000]]);
    const edited = await save(backend, { ...draft, decidedOn: '2025-07-01' }, [person('Một', { id: first.awards[0]!.id })], first.id);
    expect(edited.awards.map((a) => [a.coefficient, a.baseSalary, a.amount])).toEqual([[0.3, 2_340_000, 710_000]]);
    const after = readDb(backend.dbFile, (db) => db.prepare("SELECT after FROM audit_log WHERE entity = 'awards' AND action = 'update' ORDER BY id DESC").pluck().get()) as string;
    expect(JSON.parse(after)).toMatchObject({ coefficient: 0.3, base_salary: 2_340_000, amount: 710_000 });
  });

  it('suggests the next number of the year with our symbol', async () => {
    const { backend, kind } = await office();
    expect((await call(backend, 'awardDecisions:nextNumber', { year: 2025 })).number).toBe('01/QĐ-CĐP');
    await save(backend, { number: '07/QĐ-CĐP', decidedOn: '2025-02-01', formKindId: kind('GK') }, [person('A')]);
    await save(backend, { number: '12/QĐ-CĐP', decidedOn: '2025-03-01', formKindId: kind('GK') }, [person('B')]);
    // An upper level's decision does not count.
    await save(backend, { number: '900/QĐ-CĐP', decidedOn: '2025-03-02', issuerLevel: 'province', formKindId: kind('BK-LDLD') }, [person('C')]);
    expect(await call(backend, 'awardDecisions:nextNumber', { year: 2025 })).toEqual({ number: '13/QĐ-CĐP', sequence: 13 });
    expect((await call(backend, 'awardDecisions:nextNumber', { year: 2026 })).number).toBe('01/QĐ-CĐP');
  });

  it('refuses the same number on the same day of the same level, and a row without form or title', async () => {
    const { backend, kind } = await office();
    await save(backend, { number: '3/QĐ-CĐP', decidedOn: '2025-02-01', formKindId: kind('GK') }, [person('A')]);
    const taken = await callError(backend, 'awardDecisions:save', { draft: { number: '3/QĐ-CĐP', decidedOn: '2025-02-01', formKindId: kind('GK') }, recipients: [] });
    expect(taken.code).toBe('AWARD_DECISION_NUMBER_TAKEN');
    expect(taken.message).toContain('01/02/2025');
    const missing = await callError(backend, 'awardDecisions:save', { draft: { number: '4/QĐ-CĐP', decidedOn: '2025-02-01' }, recipients: [person('Không có hình thức')] });
    expect(missing.code).toBe('AWARD_KIND_MISSING');
    expect(missing.message).toContain('Không có hình thức');
    expect(await call(backend, 'awardDecisions:list', { year: 2025 })).toHaveLength(1);
  });

  it('refuses a title used as a form, on the decision and on a row, and writes nothing', async () => {
    const { backend, kind } = await office();
    const onDecision = await callError(backend, 'awardDecisions:save', { draft: { number: '6/QĐ-CĐP', decidedOn: '2025-02-01', formKindId: kind('LDTT') }, recipients: [] });
    expect(onDecision.code).toBe('AWARD_KIND_WRONG_CATEGORY');
    expect(onDecision.message).toContain('Lao động tiên tiến');
    const onRow = await callError(backend, 'awardDecisions:save', {
      draft: { number: '6/QĐ-CĐP', decidedOn: '2025-02-01', formKindId: kind('GK') },
      recipients: [person('A', { titleKindId: kind('BK-TLD') })],
    });
    expect(onRow.code).toBe('AWARD_KIND_WRONG_CATEGORY');
    expect(onRow.message).toContain('Bằng khen của Tổng Liên đoàn');
    expect(await call(backend, 'awardDecisions:list', { year: 2025 })).toHaveLength(0);
    const noCampaign = await callError(backend, 'awardDecisions:save', { draft: { number: '6/QĐ-CĐP', decidedOn: '2025-02-01', formKindId: kind('GK'), campaignId: 777 }, recipients: [] });
    expect(noCampaign.code).toBe('AWARD_CAMPAIGN_NOT_FOUND');
    expect(noCampaign.message).toContain('777');
    const noKind = await callError(backend, 'awardDecisions:save', { draft: { number: '6/QĐ-CĐP', decidedOn: '2025-02-01', formKindId: 888 }, recipients: [] });
    expect(noKind.code).toBe('AWARD_KIND_NOT_FOUND');
  });

  it('checks a kept row on edit too: a title as its form, a member who is not in our records', async () => {
    const { backend, kind } = await office();
    const draft = { number: '8/QĐ-CĐP', decidedOn: '2025-09-01', formKindId: kind('GK') };
    const first = await save(backend, draft, [person('Một')]);
    const id = first.awards[0]!.id;
    const wrongKind = await callError(backend, 'awardDecisions:save', { id: first.id, draft, recipients: [person('Một', { id, formKindId: kind('CSTDCS') })] });
    expect(wrongKind.code).toBe('AWARD_KIND_WRONG_CATEGORY');
    const noMember = await callError(backend, 'awardDecisions:save', { id: first.id, draft, recipients: [person('Một', { id, memberId: 4242 })] });
    expect(noMember.code).toBe('AWARD_RECIPIENT_MEMBER_NOT_FOUND');
    expect(noMember.message).toContain('4242');
    expect((await call(backend, 'awardDecisions:get', { id: first.id })).awards.map((a) => [a.recipientName, a.formKindId, a.memberId])).toEqual([['Một', kind('GK'), null]]);
  });

  it('previews money per recipient before saving', async () => {
    const { backend, kind } = await office();
    const money = await call(backend, 'awardDecisions:money', {
      decidedOn: '2025-06-30',
      formKindId: kind('GK'),
      titleKindId: null,
      recipients: [{ recipientKind: 'individual' }, { recipientKind: 'collective' }, { recipientKind: 'individual', formKindId: kind('BK-TLD') }],
    });
    expect(money.map((m) => m.amount)).toEqual([360_000, 710_000, 2_340_000]);
  });

  it('deletes a decision with its awards', async () => {
    const { backend, kind } = await office();
    const d = await save(backend, { number: '3/QĐ-CĐP', decidedOn: '2025-02-01', formKindId: kind('GK') }, [person('A')]);
    await call(backend, 'awardDecisions:delete', { id: d.id });
    expect(readDb(backend.dbFile, (db) => db.prepare('SELECT count(*) FROM awards').pluck().get())).toBe(0);
    expect((await callError(backend, 'awardDecisions:get', { id: d.id })).code).toBe('AWARD_DECISION_NOT_FOUND');
  });
});
