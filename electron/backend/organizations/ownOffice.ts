import type { Settings } from '../../../shared/settings/schema';
import { foldVietnamese } from '../../../shared/domain/text/normalize';
import type { Db } from '../db/connection';
import { first, run, sql } from '../db/query';

export function ownOfficeId(db: Db): number | null {
  return first(db, sql.selectFrom('organizations').select('id').where('is_own_office', '=', 1))?.id ?? null;
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
  const office = officeId === null ? undefined : first(db, sql.selectFrom('organizations').select(['parent_id']).where('id', '=', officeId));
  let upperId = office?.parent_id ?? null;
  if (upperId === null) {
    upperId = run(
      db,
      sql.insertInto('organizations').values({
        level: 'province',
        name: upperName,
        name_fold: foldVietnamese(upperName),
        created_at: at,
        updated_at: at,
      }),
    ).lastInsertRowid;
  } else {
    run(
      db,
      sql
        .updateTable('organizations')
        .set({ name: upperName, name_fold: foldVietnamese(upperName), updated_at: at })
        .where('id', '=', upperId)
        .where('name', '!=', upperName),
    );
  }
  const officeValues = {
    name: officeName,
    short_name: settings['office.shortName'],
    name_fold: foldVietnamese(officeName),
    parent_id: upperId,
  };
  if (officeId === null) {
    run(
      db,
      sql.insertInto('organizations').values({ ...officeValues, level: 'upper_grassroots', is_own_office: 1, created_at: at, updated_at: at }),
    );
  } else {
    run(db, sql.updateTable('organizations').set({ ...officeValues, updated_at: at }).where('id', '=', officeId));
  }
}
