import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import type { CampaignDraftInput } from '../../../shared/campaigns/model';
import { call, callError, count, readDb, useTempDirs } from '../../fixtures/backend';
import { admit, auditRows, emptyOffice } from '../members/helpers';

const temp = useTempDirs();

const PEAK: CampaignDraftInput = {
  year: 2025,
  name: 'Đợt thi đua cao điểm 150 ngày',
  kind: 'peak',
  startsOn: '2025-05-01',
  endsOn: '2025-09-30',
  planNumber: '80/KH-LĐLĐ',
  planDate: '2025-04-28',
  launchedBy: 'upper',
};

async function office() {
  const backend = temp.open({ dataDir: temp.dir() });
  const [union] = await emptyOffice(backend, ['Công đoàn Công ty May 10']);
  const memberId = await admit(backend, union!.id, 'Nguyễn Thị Hoa');
  const campaign = await call(backend, 'campaigns:save', { draft: PEAK });
  return { backend, unionId: union!.id, memberId, campaign };
}

const tableCount = (backend: Backend, table: string) => readDb(backend.dbFile, (db) => count(db, `SELECT count(*) FROM ${table}`));

describe('campaigns: save, validate, delete', () => {
  it('saves a campaign with its plan and audit row, and edits it', async () => {
    const { backend, campaign } = await office();
    expect(campaign).toMatchObject({ ...PEAK, launcherName: '', goals: '', targetGroups: '' });
    const edited = await call(backend, 'campaigns:save', { id: campaign.id, draft: { ...PEAK, launchedBy: 'other', launcherName: 'Thủ tướng Chính phủ' } });
    expect(edited.launcherName).toBe('Thủ tướng Chính phủ');
    expect(auditRows(backend, 'campaigns', campaign.id).map((r) => r.action)).toEqual(['create', 'update']);
    expect((await call(backend, 'campaigns:list', { year: 2025 })).map((c) => c.id)).toEqual([campaign.id]);
    expect(await call(backend, 'campaigns:list', { year: 2024 })).toEqual([]);
  });

  it('refuses an end before the start, naming both dates', async () => {
    const { backend } = await office();
    const error = await callError(backend, 'campaigns:save', { draft: { ...PEAK, startsOn: '2025-09-30', endsOn: '2025-05-01' } });
    expect(error.code).toBe('CAMPAIGN_DATES_REVERSED');
    expect(error.message).toContain('01/05/2025');
    expect(error.message).toContain('30/09/2025');
  });

  it('refuses an empty name, a nameless "other" launcher and a non-date', async () => {
    const { backend } = await office();
    expect((await callError(backend, 'campaigns:save', { draft: { ...PEAK, name: '  ' } })).code).toBe('CAMPAIGN_NAME_REQUIRED');
    expect((await callError(backend, 'campaigns:save', { draft: { ...PEAK, launchedBy: 'other' } })).code).toBe('CAMPAIGN_LAUNCHER_NAME_REQUIRED');
    expect((await callError(backend, 'campaigns:save', { draft: { ...PEAK, startsOn: '31/02/2025' } })).code).toBe('VALIDATION');
  });

  it('refuses records of an unknown campaign and a negative value', async () => {
    const { backend, campaign } = await office();
    const unknown = await callError(backend, 'campaignWorks:save', { campaignId: 999, draft: { name: 'Nhà ăn ca', level: 'grassroots' } });
    expect(unknown.code).toBe('CAMPAIGN_NOT_FOUND');
    expect(unknown.message).toContain('999');
    const negative = await callError(backend, 'campaignWorks:save', { campaignId: campaign.id, draft: { name: 'Nhà ăn ca', level: 'grassroots', value: -5 } });
    expect(negative.code).toBe('CAMPAIGN_NEGATIVE_VALUE');
    expect(negative.message).toContain('-5');
    expect((await callError(backend, 'contestEntries:save', { contestId: 1, draft: { contestantName: 'A' } })).code).toBe('CAMPAIGN_CONTEST_NOT_FOUND');
    expect(tableCount(backend, 'campaign_works')).toBe(0);
  });

  it('records every outcome kind with audit rows, and the totals follow', async () => {
    const { backend, campaign, unionId, memberId } = await office();
    const base = { campaignId: campaign.id };
    const reg = await call(backend, 'campaignRegistrations:save', { ...base, draft: { organizationId: unionId, memberId, commitment: 'Lao động giỏi' } });
    expect(reg).toMatchObject({ organizationName: 'Công đoàn Công ty May 10', memberName: 'Nguyễn Thị Hoa', personName: 'Nguyễn Thị Hoa' });
    const work = await call(backend, 'campaignWorks:save', { ...base, draft: { organizationId: unionId, name: 'Nhà ăn ca', level: 'upper', value: 150_000_000, plaque: true } });
    expect(work).toMatchObject({ plaque: true, value: 150_000_000, status: 'completed' });
    const initiative = await call(backend, 'initiatives:save', {
      ...base,
      draft: { title: 'Cải tiến đồ gá hàn', value: 20_000_000, authors: [{ memberId, name: '' }, { memberId: null, name: 'Lê Văn Nam' }] },
    });
    expect(initiative.authors).toEqual([{ memberId, name: 'Nguyễn Thị Hoa' }, { memberId: null, name: 'Lê Văn Nam' }]);
    const contest = await call(backend, 'contests:save', { ...base, draft: { name: 'Hội thi thợ giỏi', heldFrom: '2025-08-10', heldTo: '2025-08-12' } });
    await call(backend, 'contestEntries:save', { contestId: contest.id, draft: { trade: 'Hàn', memberId, contestantName: '', enterpriseName: 'Cty May 10', districtName: 'Long Biên', result: 'first', prizeAmount: 10_000_000 } });
    await call(backend, 'contestEntries:save', { contestId: contest.id, draft: { trade: 'Tiện', contestantKind: 'collective', contestantName: '', enterpriseName: 'Cty Cơ khí', result: 'none' } });
    const team = await call(backend, 'contestEntries:save', { contestId: contest.id, draft: { trade: 'Tiện', contestantKind: 'collective', contestantName: 'Cty Xây lắp', result: 'none' } });
    expect(team.enterpriseName).toBe('Cty Xây lắp');
    await call(backend, 'campaignHonours:save', { ...base, draft: { title: 'Công nhân giỏi', recipientKind: 'individual', memberId, recipientName: '' } });

    const totals = (await call(backend, 'campaigns:get', { id: campaign.id })).totals;
    expect(totals).toEqual({
      works: { grassroots: 0, upper: 1, plaque: 1, value: 150_000_000 },
      initiatives: { count: 1, value: 20_000_000, authors: 2 },
      contests: { count: 1, contestants: 3, enterprises: 3, districts: 1, trades: 2, prizeWinners: 1, prizeMoney: 10_000_000 },
      honours: { count: 1, individuals: 1, collectives: 0 },
      registrations: { units: 1, people: 1 },
    });
    const entries = await call(backend, 'contestEntries:list', { contestId: contest.id });
    expect(entries.items.map((e) => e.contestantName)).toEqual(['Nguyễn Thị Hoa', 'Cty Cơ khí', 'Cty Xây lắp']);
    expect((await call(backend, 'contests:list', { campaignId: campaign.id })).items[0]).toMatchObject({ entries: 3, prizeWinners: 1, prizeMoney: 10_000_000 });

    const edited = await call(backend, 'campaignWorks:save', { ...base, id: work.id, draft: { name: 'Nhà ăn ca mới', level: 'grassroots', plaque: false } });
    expect(edited).toMatchObject({ name: 'Nhà ăn ca mới', level: 'grassroots', plaque: false, value: null });
    await call(backend, 'campaignWorks:delete', { ids: [work.id] });
    expect(auditRows(backend, 'campaign_works', work.id).map((r) => r.action)).toEqual(['create', 'update', 'delete']);
    expect(auditRows(backend, 'initiatives', initiative.id).map((r) => r.action)).toEqual(['create']);
    expect(auditRows(backend, 'contest_entries')).toHaveLength(3);
    expect(auditRows(backend, 'campaign_honours')).toHaveLength(1);
    expect(auditRows(backend, 'campaign_registrations', reg.id)).toHaveLength(1);
    expect((await callError(backend, 'campaignWorks:delete', { ids: [work.id] })).code).toBe('CAMPAIGN_RECORD_NOT_FOUND');
  });

  it('pages and searches works through SQL', async () => {
    const { backend, campaign } = await office();
    for (let i = 1; i <= 12; i++) await call(backend, 'campaignWorks:save', { campaignId: campaign.id, draft: { name: `Công trình ${i}`, level: 'grassroots' } });
    const page = await call(backend, 'campaignWorks:list', { campaignId: campaign.id, offset: 10, limit: 5 });
    expect(page.total).toBe(12);
    expect(page.items.map((w) => w.name)).toEqual(['Công trình 11', 'Công trình 12']);
    const found = await call(backend, 'campaignWorks:list', { campaignId: campaign.id, search: 'trình 1' });
    expect(found.items.map((w) => w.name)).toEqual(['Công trình 1', 'Công trình 10', 'Công trình 11', 'Công trình 12']);
  });

  it('searches registrations by the CĐCS name, the person and the commitment', async () => {
    const { backend, campaign, unionId } = await office();
    await call(backend, 'campaignRegistrations:save', { campaignId: campaign.id, draft: { organizationId: unionId, commitment: 'Lao động giỏi' } });
    await call(backend, 'campaignRegistrations:save', { campaignId: campaign.id, draft: { personName: 'Lê Văn Nam', commitment: 'Sáng kiến' } });
    const byUnion = await call(backend, 'campaignRegistrations:list', { campaignId: campaign.id, search: 'May 10' });
    expect(byUnion.total).toBe(1);
    expect(byUnion.items.map((r) => r.organizationName)).toEqual(['Công đoàn Công ty May 10']);
    const byPerson = await call(backend, 'campaignRegistrations:list', { campaignId: campaign.id, search: 'Nam' });
    expect(byPerson.total).toBe(1);
    expect(byPerson.items.map((r) => r.personName)).toEqual(['Lê Văn Nam']);
  });

  it('finds records typed without diacritics (đ = d), like the member search', async () => {
    const { backend, campaign } = await office();
    await call(backend, 'campaignWorks:save', { campaignId: campaign.id, draft: { name: 'Đường điện chiếu sáng khu nhà ở', level: 'grassroots' } });
    await call(backend, 'campaignWorks:save', { campaignId: campaign.id, draft: { name: 'Nhà ăn ca', level: 'grassroots' } });
    const folded = await call(backend, 'campaignWorks:list', { campaignId: campaign.id, search: 'duong dien' });
    expect(folded.items.map((w) => w.name)).toEqual(['Đường điện chiếu sáng khu nhà ở']);
    expect((await call(backend, 'campaignWorks:list', { campaignId: campaign.id, search: 'NHA AN' })).items.map((w) => w.name)).toEqual(['Nhà ăn ca']);
    // A LIKE wildcard typed by the user is a plain character.
    expect((await call(backend, 'campaignWorks:list', { campaignId: campaign.id, search: '%' })).total).toBe(0);
  });

  it('deleting a campaign deletes everything recorded under it, in one audited step', async () => {
    const { backend, campaign, memberId } = await office();
    const other = await call(backend, 'campaigns:save', { draft: { ...PEAK, name: 'Giỏi việc nước, đảm việc nhà', kind: 'regular' } });
    await call(backend, 'campaignWorks:save', { campaignId: campaign.id, draft: { name: 'Nhà ăn ca', level: 'grassroots' } });
    await call(backend, 'campaignWorks:save', { campaignId: other.id, draft: { name: 'Giữ lại', level: 'grassroots' } });
    await call(backend, 'initiatives:save', { campaignId: campaign.id, draft: { title: 'SK', authors: [{ memberId, name: '' }] } });
    const contest = await call(backend, 'contests:save', { campaignId: campaign.id, draft: { name: 'Hội thi' } });
    await call(backend, 'contestEntries:save', { contestId: contest.id, draft: { contestantName: 'A', result: 'second', prizeAmount: 1 } });
    const removed = await call(backend, 'campaigns:delete', { id: campaign.id });
    expect(removed.totals.works.grassroots).toBe(1);
    for (const table of ['initiatives', 'initiative_authors', 'contests', 'contest_entries']) expect(tableCount(backend, table)).toBe(0);
    expect(tableCount(backend, 'campaign_works')).toBe(1);
    expect(auditRows(backend, 'campaigns', campaign.id).map((r) => r.action)).toEqual(['create', 'delete']);
    expect((await callError(backend, 'campaigns:get', { id: campaign.id })).code).toBe('CAMPAIGN_NOT_FOUND');
  });
});
