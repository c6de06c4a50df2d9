import { describe, expect, it } from 'vitest';
import type { CampaignTotals } from '../../../shared/campaigns/totals';
import { call, useTempDirs } from '../../fixtures/backend';
import { cli } from '../../fixtures/cli';

const temp = useTempDirs();

async function demo(members: number) {
  const dir = temp.dir();
  const backend = temp.open({ dataDir: dir });
  await call(backend, 'setup:start', { mode: 'demo', unions: 8, members, year: 2025, seed: 3 });
  return { dir, backend };
}

describe('campaigns demo data and `uniondesk campaigns list`', () => {
  it('seeds the articles\' peak campaign figures, linked to seeded CĐCS and members', async () => {
    const { backend } = await demo(700);
    const campaigns = await call(backend, 'campaigns:list', { year: 2025 });
    const peak = campaigns.find((c) => c.kind === 'peak')!;
    expect(peak).toMatchObject({ startsOn: '2025-05-01', endsOn: '2025-09-30', planNumber: '80/KH-LĐLĐ', planDate: '2025-04-28' });
    expect(peak.totals.works).toMatchObject({ grassroots: 526, upper: 94, plaque: 6 });
    expect(peak.totals.contests).toMatchObject({ count: 1, contestants: 363, enterprises: 100, districts: 30, trades: 11, prizeWinners: 111, prizeMoney: 564_000_000 });
    expect(peak.totals.initiatives.authors).toBe(100);
    const honours = await call(backend, 'campaignHonours:list', { campaignId: peak.id, limit: 500 });
    const byTitle = (title: string) => honours.items.filter((h) => h.title === title);
    expect(byTitle('Công nhân giỏi')).toHaveLength(100);
    expect(byTitle('Chủ tịch CĐCS tiêu biểu')).toHaveLength(10);
    expect(byTitle('Công nhân giỏi').every((h) => h.memberId !== null && h.organizationName)).toBe(true);
    expect(campaigns.filter((c) => c.kind === 'regular').map((c) => c.name)).toEqual(
      expect.arrayContaining(['Lao động giỏi, Lao động sáng tạo', 'Giỏi việc nước, đảm việc nhà']),
    );
    const lastYear = await call(backend, 'campaigns:totals', { year: 2024 });
    expect(lastYear.works.grassroots).toBeGreaterThan(0);
    expect(lastYear.works.grassroots).toBeLessThan(526);
  });

  it('keeps the figures for an office with fewer members than people honoured', async () => {
    const { backend } = await demo(50);
    const peak = (await call(backend, 'campaigns:list', { year: 2025 })).find((c) => c.kind === 'peak')!;
    const totals = await call(backend, 'campaigns:totals', { campaignId: peak.id });
    expect(totals.works).toMatchObject({ grassroots: 526, upper: 94, plaque: 6 });
    expect(totals.contests).toMatchObject({ contestants: 363, prizeWinners: 111, prizeMoney: 564_000_000 });
    expect(totals.initiatives.authors).toBe(100);
  });

  it('list --json gives one object per campaign with the documented keys; text is a Vietnamese table', async () => {
    const { dir, backend } = await demo(300);
    backend.close();
    const run = await cli(['campaigns', 'list', '--year', '2025', '--json', '--data-dir', dir]);
    expect(run.code).toBe(0);
    const items = run.json<{ name: string; kind: string; totals: CampaignTotals }[]>();
    expect(items).toHaveLength(5);
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(['endsOn', 'id', 'kind', 'launchedBy', 'name', 'planDate', 'planNumber', 'startsOn', 'totals', 'year']);
    }
    expect(items.find((i) => i.kind === 'peak')!.totals.works.grassroots).toBe(526);

    const text = await cli(['campaigns', 'list', '--year', '2025', '--data-dir', dir]);
    expect(text.stdout.join('\n')).toContain('Phong trào thi đua năm 2025');
    expect(text.stdout.join('\n')).toMatch(/80\/KH-LĐLĐ 28\/04\/2025\s+526\s+94\s+6/);
    const en = await cli(['campaigns', 'list', '--year', '2024', '--lang', 'en', '--data-dir', dir]);
    expect(en.stdout.join('\n')).toContain('Emulation campaigns of 2024');
    const none = await cli(['campaigns', 'list', '--year', '2030', '--json', '--data-dir', dir]);
    expect(none.json()).toEqual([]);
    expect((await cli(['campaigns', '--data-dir', dir])).code).toBe(2);
  });
});
