import { describe, expect, it } from 'vitest';
import { call, useTempDirs } from '../../fixtures/backend';
import { ACTOR, figures, union, values, withDb } from './office';

const temp = useTempDirs();

/**
 * Working year 2025, statistics period 01/12/2024–30/11/2025.
 *   own decisions: 01/QĐ of 16/01/2025 (2 awards, 600.000 đ), 58/QĐ of 18/12/2025 (5 awards, after the cut-off)
 *   a proposal sent 20/11/2025 with 3 items: one approved by the province's decision of 25/11/2025,
 *   one approved by its decision of 10/12/2025 (after the cut-off), one still waiting.
 * Year 2025: dashboard and report both 2 own awards; proposals 3, approved 1 (the other was still
 * waiting at 30/11/2025), upper awards 1. Year 2026: 5 own awards, 1 upper award.
 */
async function office() {
  const backend = temp.open({ dataDir: temp.dir(), actor: ACTOR, now: () => new Date('2025-12-20T08:00:00.000Z') });
  await call(backend, 'setup:start', { mode: 'empty', officeName: 'Công đoàn phường Chương Mỹ', year: 2025 });
  const a = await union(backend, { name: 'CĐCS Trường A', foundedOn: '2010-01-01' });
  withDb(backend, (db) => {
    const kind = db
      .prepare("INSERT INTO award_kinds (category, code, name, issuer_level, recipient_kind, created_at, updated_at) VALUES ('form', 'GK-TEST', 'Giấy khen (thử)', 'own_office', 'both', 'x', 'x')")
      .run().lastInsertRowid;
    const decision = db.prepare("INSERT INTO award_decisions (year, number, decided_on, issuer_level, form_kind_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'x', 'x')");
    const award = db.prepare(
      "INSERT INTO awards (decision_id, year, form_kind_id, recipient_kind, organization_id, recipient_name, amount, created_at) VALUES (?, ?, ?, 'individual', ?, ?, 300000, 'x')",
    );
    const january = decision.run(2025, '01/QĐ', '2025-01-16', 'own_office', kind).lastInsertRowid;
    for (const name of ['An', 'Bình']) award.run(january, 2025, kind, a, name);
    const december = decision.run(2025, '58/QĐ', '2025-12-18', 'own_office', kind).lastInsertRowid;
    for (const name of ['Chi', 'Dũng', 'Giang', 'Hà', 'Khánh']) award.run(december, 2025, kind, a, name);
    const upperNovember = decision.run(2025, '700/QĐ-LĐLĐ', '2025-11-25', 'province', kind).lastInsertRowid;
    const upperDecember = decision.run(2025, '800/QĐ-LĐLĐ', '2025-12-10', 'province', kind).lastInsertRowid;
    const first = award.run(upperNovember, 2025, kind, a, 'Lan').lastInsertRowid;
    const second = award.run(upperDecember, 2025, kind, a, 'Minh').lastInsertRowid;
    const proposal = db
      .prepare("INSERT INTO award_proposals (year, submitted_on, to_issuer_level, created_at, updated_at) VALUES (2025, '2025-11-20', 'province', 'x', 'x')")
      .run().lastInsertRowid;
    const item = db.prepare(
      "INSERT INTO award_proposal_items (proposal_id, recipient_kind, recipient_name, status, upper_decision_id, award_id, decided_at) VALUES (?, 'individual', ?, ?, ?, ?, ?)",
    );
    item.run(proposal, 'Lan', 'approved', upperNovember, first, '2025-12-15T08:00:00.000Z');
    item.run(proposal, 'Minh', 'approved', upperDecember, second, '2025-12-15T08:00:00.000Z');
    item.run(proposal, 'Ngọc', 'proposed', null, null, null);
  });
  return backend;
}

const CODES = ['awards.own.total', 'awards.own.money', 'awards.upper.total', 'proposals.proposed', 'proposals.approved', 'proposals.rejected'];

describe('the awards of a year: one rule for the report and the dashboard', () => {
  it('counts decisions by their date in the statistics period in both, and proposals as at the cut-off', async () => {
    const backend = await office();
    const dashboard = await call(backend, 'dashboard:year', { year: 2025 });
    expect(dashboard.decisions).toEqual({ count: 1, awards: 2, amount: 600_000, from: '2024-12-01', to: '2025-11-30' });
    await call(backend, 'reports:create', { year: 2025, from: 'template' });
    const report = new Map((await call(backend, 'reports:stats', { year: 2025 })).map((f) => [f.code, f.value]));
    expect(report.get('awards.own.total')).toBe(dashboard.decisions.awards);
    expect(values(await figures(backend, 2025), CODES)).toEqual({
      'awards.own.total': 2,
      'awards.own.money': 600_000,
      'awards.upper.total': 1,
      'proposals.proposed': 3,
      'proposals.approved': 1,
      'proposals.rejected': 0,
    });
    expect((await call(backend, 'dashboard:year', { year: 2026 })).decisions).toMatchObject({ count: 1, awards: 5 });
    expect(values(await figures(backend, 2026), ['awards.own.total', 'awards.upper.total', 'proposals.proposed'])).toEqual({
      'awards.own.total': 5,
      'awards.upper.total': 1,
      'proposals.proposed': 0,
    });
  });

  it('follows the report’s own cut-off on the dashboard too', async () => {
    const backend = await office();
    const report = await call(backend, 'reports:create', { year: 2025, from: 'template' });
    const header = report.draft?.header;
    if (!header) throw new Error('no draft');
    await call(backend, 'reports:saveHeader', { year: 2025, header: { ...header, cutoffOn: '2025-12-31' } });
    expect((await call(backend, 'dashboard:year', { year: 2025 })).decisions).toEqual({ count: 2, awards: 7, amount: 2_100_000, from: '2025-01-01', to: '2025-12-31' });
    const stats = new Map((await call(backend, 'reports:stats', { year: 2025 })).map((f) => [f.code, f.value]));
    expect([stats.get('awards.own.total'), stats.get('proposals.approved')]).toEqual([7, 2]);
  });
});
