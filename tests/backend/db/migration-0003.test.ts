import { describe, expect, it } from 'vitest';
import { count, useTempDirs } from '../../fixtures/backend';
import { insertCampaign, insertOrg, insertRow, migratedDb } from '../campaigns/db';

const temp = useTempDirs();

describe('migration 0003 (campaigns)', () => {
  it('refuses an end before the start, an unknown kind or launcher, negative money, an empty name', () => {
    const db = migratedDb(temp.dir());
    const at = '2025-03-15T08:00:00.000Z';
    const campaign = (values: Record<string, unknown>) => () =>
      insertRow(db, 'campaigns', { year: 2025, name: 'PT', kind: 'peak', created_at: at, updated_at: at, ...values });
    expect(campaign({ starts_on: '2025-09-30', ends_on: '2025-05-01' })).toThrow(/CHECK/);
    expect(campaign({ kind: 'weekly' })).toThrow(/CHECK/);
    expect(campaign({ launched_by: 'mayor' })).toThrow(/CHECK/);
    expect(campaign({ name: '  ' })).toThrow(/CHECK/);
    const id = insertCampaign(db, 2025, 'Đợt cao điểm', 'peak');
    expect(() => insertRow(db, 'campaign_works', { campaign_id: id, name: 'CT', level: 'grassroots', value: -1 })).toThrow(/CHECK/);
    expect(() => insertRow(db, 'campaign_works', { campaign_id: id, name: 'CT', level: 'province' })).toThrow(/CHECK/);
    expect(() => insertRow(db, 'initiatives', { campaign_id: id, title: 'SK', value: -1 })).toThrow(/CHECK/);
    const contest = insertRow(db, 'contests', { campaign_id: id, name: 'Hội thi' });
    expect(() => insertRow(db, 'contest_entries', { contest_id: contest, contestant_name: 'A', prize_amount: -1 })).toThrow(/CHECK/);
    expect(() => insertRow(db, 'contest_entries', { contest_id: contest, contestant_name: 'A', result: 'gold' })).toThrow(/CHECK/);
    expect(() => insertRow(db, 'campaign_registrations', { campaign_id: id })).toThrow(/CHECK/);
    expect(() => insertRow(db, 'campaign_works', { campaign_id: 999, name: 'CT', level: 'upper' })).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('cascades a campaign delete to every outcome table, and keeps other campaigns', () => {
    const db = migratedDb(temp.dir());
    const org = insertOrg(db, 'CĐCS A');
    const [a, b] = [insertCampaign(db, 2025, 'A'), insertCampaign(db, 2025, 'B')];
    for (const campaignId of [a, b]) {
      insertRow(db, 'campaign_registrations', { campaign_id: campaignId, organization_id: org });
      insertRow(db, 'campaign_works', { campaign_id: campaignId, name: 'CT', level: 'upper' });
      const initiative = insertRow(db, 'initiatives', { campaign_id: campaignId, title: 'SK' });
      insertRow(db, 'initiative_authors', { initiative_id: initiative, name: 'Tác giả' });
      const contest = insertRow(db, 'contests', { campaign_id: campaignId, name: 'HT' });
      insertRow(db, 'contest_entries', { contest_id: contest, contestant_name: 'TS' });
      insertRow(db, 'campaign_honours', { campaign_id: campaignId, title: 'Công nhân giỏi', recipient_kind: 'individual', recipient_name: 'X' });
    }
    db.prepare('DELETE FROM campaigns WHERE id = ?').run(a);
    for (const table of ['campaign_registrations', 'campaign_works', 'initiatives', 'initiative_authors', 'contests', 'contest_entries', 'campaign_honours']) {
      expect(count(db, `SELECT count(*) FROM ${table}`), table).toBe(1);
    }
    db.close();
  });
});
