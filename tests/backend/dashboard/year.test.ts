import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, count, readDb, useTempDirs } from '../../fixtures/backend';
import { emptyDashboardYear } from '../../fixtures/dashboardYear';

const temp = useTempDirs();

async function demo() {
  const dir = temp.dir();
  const backend = temp.open({ dataDir: dir });
  await call(backend, 'setup:start', { mode: 'demo', unions: 8, members: 400, year: 2025, seed: 5 });
  return { file: path.join(dir, 'uniondesk.db'), backend };
}

describe('dashboard:year', () => {
  it('gives the year\'s figures as the tables hold them', async () => {
    const { file, backend } = await demo();
    const year = await call(backend, 'dashboard:year', { year: 2025 });
    const expected = readDb(file, (db) => ({
      campaigns: {
        count: count(db, 'SELECT count(*) FROM campaigns WHERE year = 2025'),
        works: count(db, 'SELECT count(*) FROM campaign_works w JOIN campaigns c ON c.id = w.campaign_id WHERE c.year = 2025'),
        initiatives: count(db, 'SELECT count(*) FROM initiatives i JOIN campaigns c ON c.id = i.campaign_id WHERE c.year = 2025'),
      },
      clusters: {
        total: count(db, 'SELECT count(*) FROM clusters WHERE year = 2025'),
        scored: count(
          db,
          `SELECT count(DISTINCT s.cluster_id) FROM scores sc JOIN score_criteria k ON k.id = sc.criterion_id JOIN score_sheets s ON s.id = k.sheet_id
            JOIN clusters c ON c.id = s.cluster_id WHERE c.year = 2025 AND sc.agreed_score IS NOT NULL`,
        ),
      },
      // Decided in the statistics period 01/12/2024–30/11/2025, as the report counts them.
      decisions: {
        count: count(db, "SELECT count(*) FROM award_decisions WHERE decided_on BETWEEN '2024-12-01' AND '2025-11-30' AND issuer_level = 'own_office'"),
        awards: count(
          db,
          "SELECT count(*) FROM awards a JOIN award_decisions d ON d.id = a.decision_id WHERE d.decided_on BETWEEN '2024-12-01' AND '2025-11-30' AND d.issuer_level = 'own_office'",
        ),
        amount: count(
          db,
          "SELECT coalesce(sum(a.amount), 0) FROM awards a JOIN award_decisions d ON d.id = a.decision_id WHERE d.decided_on BETWEEN '2024-12-01' AND '2025-11-30' AND d.issuer_level = 'own_office'",
        ),
        from: '2024-12-01',
        to: '2025-11-30',
      },
      certificatesUnprinted: count(db, 'SELECT count(*) FROM awards WHERE certificate_printed_at IS NULL AND decision_id IN (SELECT id FROM award_decisions WHERE year = 2025)'),
      pendingItems: count(
        db,
        "SELECT count(*) FROM award_proposal_items i JOIN award_proposals p ON p.id = i.proposal_id WHERE p.year = 2025 AND p.submitted_on IS NOT NULL AND i.status = 'proposed'",
      ),
      pending: count(
        db,
        "SELECT count(DISTINCT p.id) FROM award_proposal_items i JOIN award_proposals p ON p.id = i.proposal_id WHERE p.year = 2025 AND p.submitted_on IS NOT NULL AND i.status = 'proposed'",
      ),
    }));
    expect(year.campaigns).toEqual(expected.campaigns);
    expect(year.clusters).toEqual(expected.clusters);
    expect(year.decisions).toEqual(expected.decisions);
    expect(year.certificatesUnprinted).toBe(expected.certificatesUnprinted);
    expect(year.proposals).toMatchObject({ pending: expected.pending, pendingItems: expected.pendingItems });
    // The demo office has work in every card, so the figures above are not vacuous zeros.
    expect(year.campaigns.count).toBeGreaterThan(0);
    expect(year.campaigns.works).toBeGreaterThan(0);
    expect(year.clusters.total).toBeGreaterThan(0);
    expect(year.decisions.amount).toBeGreaterThan(0);
    // The same counts as the screens the cards link to.
    expect(year.campaigns.count).toBe((await call(backend, 'campaigns:list', { year: 2025 })).length);
    expect(year.clusters.total).toBe((await call(backend, 'clusters:list', { year: 2025 })).length);
  });

  it('follows the report from not started to draft to finalised', async () => {
    const { backend } = await demo();
    const before = (await call(backend, 'reports:get', { year: 2025 })).draft;
    const first = await call(backend, 'dashboard:year', { year: 2025 });
    expect(first.report.state).toBe(before ? 'draft' : 'none');
    if (!before) {
      await call(backend, 'reports:create', { year: 2025, from: 'template' });
      const draft = await call(backend, 'dashboard:year', { year: 2025 });
      expect(draft.report).toMatchObject({ state: 'draft', version: null, finalizedAt: null });
      expect(draft.report.savedAt).toBe((await call(backend, 'reports:get', { year: 2025 })).updatedAt);
    }
    const { version, finalizedAt } = await call(backend, 'reports:finalize', { year: 2025, allowUnwritten: true });
    expect((await call(backend, 'dashboard:year', { year: 2025 })).report).toMatchObject({ state: 'final', version, finalizedAt });
    await call(backend, 'reports:finalize', { year: 2025, allowUnwritten: true });
    expect((await call(backend, 'dashboard:year', { year: 2025 })).report.version).toBe(version + 1);
  });

  it('gives zeros for a year with nothing in it', async () => {
    const { backend } = await demo();
    expect(await call(backend, 'dashboard:year', { year: 2031 })).toEqual(emptyDashboardYear(2031));
  });
});
