import { describe, expect, it } from 'vitest';
import { campaignTotals } from '../../../electron/backend/campaigns/totals';
import { emptyCampaignTotals } from '../../../shared/campaigns/totals';
import { useTempDirs } from '../../fixtures/backend';
import { insertCampaign, insertMember, insertOrg, insertRow, migratedDb } from './db';

const temp = useTempDirs();

function office() {
  const db = migratedDb(temp.dir());
  const orgA = insertOrg(db, 'CĐCS A');
  const orgB = insertOrg(db, 'CĐCS B');
  const anna = insertMember(db, orgA, 'Nguyễn Thị An');
  const binh = insertMember(db, orgB, 'Trần Văn Bình');
  const peak = insertCampaign(db, 2025, 'Đợt cao điểm', 'peak');
  const regular = insertCampaign(db, 2025, 'Lao động giỏi');
  const old = insertCampaign(db, 2024, 'Năm trước');

  for (const [level, value, plaque] of [['grassroots', 1_000_000, 1], ['grassroots', null, 0], ['grassroots', 500, 0], ['upper', 2_000_000, 1]] as const) {
    insertRow(db, 'campaign_works', { campaign_id: peak, organization_id: orgA, name: 'CT', level, value, plaque });
  }
  insertRow(db, 'campaign_works', { campaign_id: regular, name: 'CT', level: 'upper', value: 7 });
  insertRow(db, 'campaign_works', { campaign_id: old, name: 'CT', level: 'upper', value: 100 });

  const i1 = insertRow(db, 'initiatives', { campaign_id: peak, title: 'SK1', value: 30 });
  const i2 = insertRow(db, 'initiatives', { campaign_id: peak, title: 'SK2', value: 12 });
  insertRow(db, 'initiative_authors', { initiative_id: i1, member_id: anna, name: 'Nguyễn Thị An' });
  insertRow(db, 'initiative_authors', { initiative_id: i1, name: 'Lê Văn Cường' });
  insertRow(db, 'initiative_authors', { initiative_id: i2, member_id: anna, name: 'Nguyễn Thị An' });
  insertRow(db, 'initiative_authors', { initiative_id: i2, name: 'lê văn cường ' });
  insertRow(db, 'initiative_authors', { initiative_id: i2, member_id: binh, name: 'Trần Văn Bình' });

  const c1 = insertRow(db, 'contests', { campaign_id: peak, name: 'Thợ giỏi' });
  const c2 = insertRow(db, 'contests', { campaign_id: peak, name: 'Tay nghề' });
  const entries: [number, string, string, string, string, number][] = [
    [c1, 'Hàn', 'Cty X', 'Quận 1', 'first', 5_000_000],
    [c1, 'Hàn', 'Cty X', 'Quận 1', 'none', 0],
    [c1, 'Tiện', 'Cty Y', 'Quận 2', 'consolation', 1_000_000],
    [c1, '', '', '', 'none', 0],
    [c2, 'Điện', 'Cty X', 'Quận 3', 'third', 2_000_000],
  ];
  for (const [contest, trade, enterprise, district, result, prize] of entries) {
    insertRow(db, 'contest_entries', {
      contest_id: contest, trade, contestant_name: 'Thí sinh', enterprise_name: enterprise, district_name: district, result, prize_amount: prize,
    });
  }
  insertRow(db, 'contests', { campaign_id: regular, name: 'Hội thi không có thí sinh' });

  insertRow(db, 'campaign_honours', { campaign_id: peak, title: 'Công nhân giỏi', recipient_kind: 'individual', member_id: anna, recipient_name: 'An' });
  insertRow(db, 'campaign_honours', { campaign_id: peak, title: 'Công nhân giỏi', recipient_kind: 'individual', recipient_name: 'Cường' });
  insertRow(db, 'campaign_honours', { campaign_id: regular, title: 'Tập thể', recipient_kind: 'collective', organization_id: orgB, recipient_name: 'CĐCS B' });

  insertRow(db, 'campaign_registrations', { campaign_id: peak, organization_id: orgA });
  insertRow(db, 'campaign_registrations', { campaign_id: peak, organization_id: orgA, member_id: anna });
  insertRow(db, 'campaign_registrations', { campaign_id: peak, organization_id: orgB, person_name: 'Cường' });
  insertRow(db, 'campaign_registrations', { campaign_id: regular, organization_id: orgB, member_id: anna });
  return { db, peak, regular, old };
}

describe('campaignTotals', () => {
  it('counts one campaign from its outcomes', () => {
    const { db, peak } = office();
    expect(campaignTotals(db, { campaignId: peak })).toEqual({
      works: { grassroots: 3, upper: 1, plaque: 2, value: 3_000_500 },
      initiatives: { count: 2, value: 42, authors: 3 },
      contests: { count: 2, contestants: 5, enterprises: 2, districts: 3, trades: 3, prizeWinners: 3, prizeMoney: 8_000_000 },
      honours: { count: 2, individuals: 2, collectives: 0 },
      registrations: { units: 2, people: 2 },
    });
  });

  it('sums every campaign of a year and nothing of another year', () => {
    const { db } = office();
    const year = campaignTotals(db, { year: 2025 });
    expect(year.works).toEqual({ grassroots: 3, upper: 2, plaque: 2, value: 3_000_507 });
    expect(year.contests.count).toBe(3);
    expect(year.contests.contestants).toBe(5);
    expect(year.honours).toEqual({ count: 3, individuals: 2, collectives: 1 });
    expect(year.registrations).toEqual({ units: 2, people: 2 });
    expect(campaignTotals(db, { year: 2024 }).works).toEqual({ grassroots: 0, upper: 1, plaque: 0, value: 100 });
  });

  it('is all zeros for an unknown campaign or an empty year', () => {
    const { db } = office();
    expect(campaignTotals(db, { campaignId: 999 })).toEqual(emptyCampaignTotals());
    expect(campaignTotals(db, { year: 2030 })).toEqual(emptyCampaignTotals());
  });
});
