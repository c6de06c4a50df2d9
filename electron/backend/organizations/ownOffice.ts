import type { Settings } from '../../../shared/settings/schema';
import { foldVietnamese } from '../../../shared/domain/text/normalize';
import type { Db } from '../db/connection';
import { int, intOrNull, scalarStatement, statement } from '../db/rows';

const ownOffice = scalarStatement('SELECT id FROM organizations WHERE is_own_office = 1', int);
const parentOf = scalarStatement('SELECT parent_id FROM organizations WHERE id = ?', intOrNull);
const insertUpper = statement("INSERT INTO organizations (level, name, name_fold, created_at, updated_at) VALUES ('province', ?, ?, ?, ?)");
const renameUpper = statement('UPDATE organizations SET name = ?, name_fold = ?, updated_at = ? WHERE id = ? AND name != ?');
const insertOffice = statement(
  `INSERT INTO organizations (name, short_name, name_fold, parent_id, level, is_own_office, created_at, updated_at)
   VALUES (?, ?, ?, ?, 'upper_grassroots', 1, ?, ?)`,
);
const updateOffice = statement('UPDATE organizations SET name = ?, short_name = ?, name_fold = ?, parent_id = ?, updated_at = ? WHERE id = ?');

export function ownOfficeId(db: Db): number | null {
  return ownOffice(db).get() ?? null;
}

/**
 * The office and its upper-level union are rows of the organisation tree (CĐCS hang below the
 * office); their names come from the settings and follow every change to them.
 */
export function syncOfficeOrganizations(db: Db, settings: Settings, at: string): void {
  const officeName = settings['office.name'];
  if (!officeName) return;
  const upperName = settings['office.upperName'] || officeName;
  const officeId = ownOfficeId(db);
  let upperId = officeId === null ? null : (parentOf(db).get(officeId) ?? null);
  if (upperId === null) {
    upperId = Number(insertUpper(db).run(upperName, foldVietnamese(upperName), at, at).lastInsertRowid);
  } else {
    renameUpper(db).run(upperName, foldVietnamese(upperName), at, upperId, upperName);
  }
  const office = [officeName, settings['office.shortName'], foldVietnamese(officeName), upperId] as const;
  if (officeId === null) insertOffice(db).run(...office, at, at);
  else updateOffice(db).run(...office, at, officeId);
}
