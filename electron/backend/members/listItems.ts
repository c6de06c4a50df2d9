import { MEMBER_STATUSES, SEXES, UNION_POSITIONS, type MemberListItem } from '../../../shared/members/model';
import type { Db } from '../db/connection';
import { columns, int, oneOf, oneOfOrNull, query, text, textOrNull } from '../db/rows';

const listItemRow = columns({
  id: int,
  fullName: text,
  birthDate: textOrNull,
  sex: oneOfOrNull(SEXES),
  cccd: textOrNull,
  phone: text,
  cardNumber: text,
  unionPosition: oneOf(UNION_POSITIONS),
  status: oneOf(MEMBER_STATUSES),
  joinedOn: textOrNull,
  unionCode: textOrNull,
  unionName: text,
  unionShortName: text,
});

/** The rows of one page, by id, in the order given. */
export function listItemsByIds(db: Db, ids: number[]): MemberListItem[] {
  if (ids.length === 0) return [];
  const rows = query(
    db,
    `SELECT m.id, m.full_name AS fullName, m.birth_date AS birthDate, m.sex, m.cccd, m.phone,
              m.card_number AS cardNumber, m.union_position AS unionPosition, m.status, m.joined_on AS joinedOn,
              o.code AS unionCode, o.name AS unionName, COALESCE(o.short_name, '') AS unionShortName
         FROM members m JOIN organizations o ON o.id = m.organization_id
        WHERE m.id IN (${ids.map(() => '?').join(',')})`,
    listItemRow,
  ).all(...ids);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)).filter((row): row is MemberListItem => row !== undefined);
}
