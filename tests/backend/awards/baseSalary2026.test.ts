import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import type { DecisionDraftInput, RecipientDraftInput } from '../../../shared/awards/model';
import { decisionText } from '../../../shared/awards/decisionText';
import { call, callError, readDb, useTempDirs } from '../../fixtures/backend';
import { awardsOffice, person } from './helpers';

const temp = useTempDirs();
const OFFICE = { upperName: 'Liên đoàn Lao động thành phố Hà Nội', officeName: 'Công đoàn phường Chương Mỹ', placeName: 'Hà Nội' };

async function office() {
  const backend = temp.open({ dataDir: temp.dir() });
  return { backend, ...(await awardsOffice(backend)) };
}

const save = (backend: Backend, draft: DecisionDraftInput, recipients: RecipientDraftInput[], id?: number) =>
  call(backend, 'awardDecisions:save', { ...(id ? { id } : {}), draft, recipients });

const collective = (name: string): RecipientDraftInput => ({ recipientKind: 'collective', recipientName: name });

describe('base salary 2.530.000 đ from 01/07/2026 in the shipped table', () => {
  it('prices a Giấy khen 760.000 (person) and 1.520.000 (collective) from 01/07/2026, 710.000 the day before, with the total in words', async () => {
    const { backend, kind } = await office();
    const july = await save(backend, { number: '40/QĐ-CĐP', decidedOn: '2026-07-01', formKindId: kind('GK') }, [person('Nguyễn Văn An'), collective('Công đoàn cơ sở Trường Mầm non Hoa Sen')]);
    expect(july.awards.map((a) => [a.baseSalary, a.coefficient, a.amount])).toEqual([
      [2_530_000, 0.3, 760_000],
      [2_530_000, 0.6, 1_520_000],
    ]);
    expect(july.total).toBe(2_280_000);
    const text = decisionText(july, OFFICE);
    expect(text.total).toBe('2.280.000');
    expect(text.totalInWords).toBe('Hai triệu hai trăm tám mươi nghìn đồng');
    expect(text.articles.join(' ')).toContain('2.280.000 đồng (Bằng chữ: Hai triệu hai trăm tám mươi nghìn đồng)');

    const june = await save(backend, { number: '39/QĐ-CĐP', decidedOn: '2026-06-30', formKindId: kind('GK') }, [person('Trần Thị Bình')]);
    expect(june.awards[0]).toMatchObject({ baseSalary: 2_340_000, amount: 710_000 });
  });

  it('prices a Cờ thi đua (coefficient 8) 20.240.000 đ dated in 2026 after 01/07', async () => {
    const { backend, kind } = await office();
    const flag = await save(backend, { number: '41/QĐ-CĐP', decidedOn: '2026-12-10', titleKindId: kind('CTD-LDLD') }, [collective('Công đoàn cơ sở Công ty May Đức Giang')]);
    expect(flag.awards[0]).toMatchObject({ coefficient: 8, baseSalary: 2_530_000, amount: 20_240_000 });
    expect(decisionText(flag, OFFICE).totalInWords).toBe('Hai mươi triệu hai trăm bốn mươi nghìn đồng');
  });

  it('refuses a decision dated before the first base salary, naming the row, instead of paying 0 đ', async () => {
    const { backend, kind } = await office();
    const error = await callError(backend, 'awardDecisions:save', {
      draft: { number: '2/QĐ-CĐP', decidedOn: '2024-03-01', formKindId: kind('GK') },
      recipients: [person('Nguyễn Văn An')],
    });
    expect(error.code).toBe('AWARD_NO_BASE_SALARY');
    expect(error.message).toContain('Dòng 1 (Nguyễn Văn An)');
    expect(error.message).toContain('01/03/2024');
    expect(error.message).toContain('01/07/2024');
    expect(await call(backend, 'awardDecisions:list', { year: 2024 })).toEqual([]);
  });
});

describe('"Tính lại theo lương cơ sở mới" for unfinished decisions', () => {
  /** A decision saved while the table still lacked the 2026 row (an office that had not upgraded yet). */
  async function savedOnOldTable() {
    const ctx = await office();
    const rows = await call(ctx.backend, 'baseSalary:list', {});
    const row2026 = rows.find((r) => r.effectiveFrom === '2026-07-01')!;
    await call(ctx.backend, 'baseSalary:delete', { id: row2026.id });
    const saved = await save(ctx.backend, { number: '45/QĐ-CĐP', decidedOn: '2026-08-01', formKindId: ctx.kind('GK') }, [person('Nguyễn Văn An'), collective('CĐCS Trường Mầm non Hoa Sen')]);
    expect(saved.awards.map((a) => a.amount)).toEqual([710_000, 1_410_000]);
    await call(ctx.backend, 'baseSalary:save', { effectiveFrom: '2026-07-01', amount: 2_530_000, legalBasis: 'Nghị định 161/2026/NĐ-CP' });
    return { ...ctx, saved };
  }

  it('keeps the stored money until asked, says how many rows are outdated, then re-prices with an audit row each', async () => {
    const { backend, saved } = await savedOnOldTable();
    const before = await call(backend, 'awardDecisions:get', { id: saved.id });
    expect(before.awards.map((a) => a.amount)).toEqual([710_000, 1_410_000]);
    expect(before).toMatchObject({ printedCertificates: 0, outdatedMoney: 2 });

    const after = await call(backend, 'awardDecisions:reprice', { id: saved.id });
    expect(after.awards.map((a) => [a.baseSalary, a.amount])).toEqual([
      [2_530_000, 760_000],
      [2_530_000, 1_520_000],
    ]);
    expect(after.outdatedMoney).toBe(0);
    const audit = readDb(backend.dbFile, (db) => db.prepare("SELECT before, after FROM audit_log WHERE action = 'reprice' ORDER BY id").all()) as { before: string; after: string }[];
    expect(audit.map((a) => [JSON.parse(a.before).amount, JSON.parse(a.after).amount])).toEqual([
      [710_000, 760_000],
      [1_410_000, 1_520_000],
    ]);
  });

  it('refuses once a certificate of the decision is printed (finished), and for an upper level’s decision', async () => {
    const { backend, saved, kind } = await savedOnOldTable();
    const writer = new Database(backend.dbFile);
    writer.prepare("UPDATE awards SET certificate_printed_at = '2026-08-02T00:00:00Z' WHERE id = ?").run(saved.awards[0]!.id);
    writer.close();
    expect((await call(backend, 'awardDecisions:get', { id: saved.id })).printedCertificates).toBe(1);
    const finished = await callError(backend, 'awardDecisions:reprice', { id: saved.id });
    expect(finished.code).toBe('AWARD_DECISION_FINISHED');
    expect(finished.message).toContain('45/QĐ-CĐP');
    expect((await call(backend, 'awardDecisions:get', { id: saved.id })).awards.map((a) => a.amount)).toEqual([710_000, 1_410_000]);

    const upper = await save(backend, { number: '900/QĐ-LĐLĐ', decidedOn: '2026-08-01', issuerLevel: 'province', formKindId: kind('BK-LDLD') }, [person('Lê Thị Cúc')]);
    const notOurs = await callError(backend, 'awardDecisions:reprice', { id: upper.id });
    expect(notOurs.code).toBe('AWARD_DECISION_NOT_OURS');
  });
});
