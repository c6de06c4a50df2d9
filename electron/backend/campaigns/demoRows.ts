import type Database from 'better-sqlite3';
import type { Db } from '../db/connection';

/** Prepared inserts of every campaign table, for the demo office the seed writes in bulk. */
export function campaignDemoWriters(db: Db): Record<'campaign' | 'registration' | 'work' | 'initiative' | 'author' | 'contest' | 'entry' | 'honour', Database.Statement> {
  return {
    campaign: db.prepare(`INSERT INTO campaigns (year, name, kind, starts_on, ends_on, plan_number, plan_date, launched_by, launcher_name, goals, target_groups, created_at, updated_at)
      VALUES (@year, @name, @kind, @startsOn, @endsOn, @planNumber, @planDate, @launchedBy, '', @goals, @targets, @at, @at)`),
    registration: db.prepare('INSERT INTO campaign_registrations (campaign_id, organization_id, member_id, person_name, registered_on, commitment) VALUES (?, ?, ?, ?, ?, ?)'),
    work: db.prepare('INSERT INTO campaign_works (campaign_id, organization_id, name, level, value, status, plaque, completed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    initiative: db.prepare('INSERT INTO initiatives (campaign_id, organization_id, title, recognized_on, value) VALUES (?, ?, ?, ?, ?)'),
    author: db.prepare('INSERT INTO initiative_authors (initiative_id, member_id, name) VALUES (?, ?, ?)'),
    contest: db.prepare('INSERT INTO contests (campaign_id, name, held_from, held_to) VALUES (?, ?, ?, ?)'),
    entry: db.prepare(`INSERT INTO contest_entries (contest_id, trade, contestant_kind, member_id, contestant_name, organization_id, enterprise_name, district_name, result, prize_amount)
      VALUES (?, ?, 'individual', ?, ?, NULL, ?, ?, ?, ?)`),
    honour: db.prepare('INSERT INTO campaign_honours (campaign_id, title, recipient_kind, member_id, organization_id, recipient_name, honoured_on) VALUES (?, ?, ?, ?, ?, ?, ?)'),
  };
}
