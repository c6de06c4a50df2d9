import type Database from 'better-sqlite3';
import type { Db } from '../db/connection';

/** Prepared writes of the office's code and its CĐCS rows, for the demo office the seed writes in bulk. */
export function organizationDemoWriters(db: Db): Record<'setOfficeCode' | 'insertUnion' | 'insertManagement', Database.Statement> {
  const setOfficeCode = db.prepare('UPDATE organizations SET code = ? WHERE id = ?');
  const insertUnion = db.prepare(
    `INSERT INTO organizations (parent_id, level, code, name, short_name, name_fold, sector, province_code, address, founded_on,
       founding_decision, dissolved_on, workers_total, workers_female, chair_name, phone, created_at, updated_at)
     VALUES (@parentId, 'grassroots', @code, @name, @shortName, @nameFold, @sector, 'ha-noi', @address, @foundedOn,
       @foundingDecision, @dissolvedOn, @workersTotal, @workersFemale, @chairName, @phone, @at, @at)`,
  );
  const insertManagement = db.prepare(
    `INSERT INTO organization_management (organization_id, manager_id, valid_from, valid_to, decision_no)
     VALUES (?, ?, ?, ?, ?)`,
  );
  return { setOfficeCode, insertUnion, insertManagement };
}
