import type Database from 'better-sqlite3';
import type { Db } from '../db/connection';

/** Prepared inserts of targets and care activities, for the demo office the seed writes in bulk. */
export function statisticsDemoWriters(db: Db): Record<'insertTarget' | 'insertCare', Database.Statement> {
  const insertTarget = db.prepare(
    `INSERT INTO targets (year, code, name, unit, target, assigned_by, assignee_organization_id, metric, manual_actual, manual_by, manual_at, position, created_at, updated_at)
     VALUES (@year, @code, @name, @unit, @target, @assignedBy, @org, @metric, @manual, @manualBy, @manualAt, @position, @at, @at)`,
  );
  const insertCare = db.prepare(
    `INSERT INTO care_activities (year, kind, name, held_on, organization_id, people, amount, note, created_at)
     VALUES (@year, @kind, @name, @heldOn, @org, @people, @amount, '', @at)`,
  );
  return { insertTarget, insertCare };
}
