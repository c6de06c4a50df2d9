import type { MemberListItem } from '../../../shared/members/model';
import type { Db } from '../db/connection';

/** The rows of one page, by id, in the order given. */
export function listItemsByIds(db: Db, ids: number[]): MemberListItem[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT m.id, m.full_name AS fullName, m.birth_date AS birthDate, m.sex, m.cccd, m.phone,
              m.card_number AS cardNumber, m.union_position AS unionPosition, m.status, m.joined_on AS joinedOn,
              o.code AS unionCode, o.name AS unionName, COALESCE(o.short_name, '') AS unionShortName
         FROM members m JOIN organizations o ON o.id = m.organization_id
        WHERE m.id IN (${ids.map(() => '?').join(',')})`,
    )
    .all(...ids) as MemberListItem[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)).filter((row): row is MemberListItem => row !== undefined);
}
