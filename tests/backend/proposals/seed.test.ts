import { describe, expect, it } from 'vitest';
import { call, useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();

describe('demo proposal', () => {
  it('goes to LĐLĐ thành phố for its Bằng khen, some rows approved (with awards), some rejected, some pending', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await call(backend, 'setup:start', { mode: 'demo', unions: 20, members: 400, year: 2025, seed: 5 });
    const [summary] = await call(backend, 'proposals:list', { year: 2025 });
    expect(summary).toMatchObject({ toIssuerLevel: 'province', formName: 'Bằng khen của Liên đoàn Lao động thành phố', approved: 4, rejected: 1 });
    const proposal = await call(backend, 'proposals:get', { id: summary!.id });
    expect(proposal.items.filter((i) => i.status === 'proposed').length).toBeGreaterThan(0);
    for (const item of proposal.items.filter((i) => i.status === 'approved')) {
      expect(item.awardId).not.toBeNull();
      expect(item.awardAmount).toBeGreaterThan(0);
      expect(item.upperDecisionDate).toBe('2025-12-10');
    }
    const awards = await call(backend, 'awardList:page', { filter: { year: 2025, issuerLevel: 'province' }, limit: 500 });
    const ours = proposal.items.flatMap((i) => (i.awardId ? [i.awardId] : []));
    expect(ours).toHaveLength(4);
    expect(awards.items.map((a) => a.id)).toEqual(expect.arrayContaining(ours));
  });
});
