import { MEMBER_STATUSES, SEXES, UNION_POSITIONS, type Member, type MemberDraft, type MemberStatus } from '../../../shared/members/model';
import type { Db } from '../db/connection';
import { insertRows, insertRowsReturningIds } from '../db/insertRows';
import { columns, int, oneOf, oneOfOrNull, statement, text, textOrNull } from '../db/rows';
import { deriveNameColumns, memberSearchKeys, type DerivedNameColumns } from './derived';
import { bumpMembersVersion } from './version';
import { appendBulkKey, appendBulkKeys, inBulkMode } from './bulk';
import { recordPartyChange } from './partyHistory';

const insertMemberSql = statement(`
  INSERT INTO members (organization_id, full_name, family_name, middle_name, given_name, name_fold, sort_key,
    birth_date, sex, ethnicity, religion, hometown, cccd, cccd_issued_on, cccd_issued_by, phone, education,
    qualification, political_theory, party_member, occupation, union_position, joined_on, card_number,
    card_issued_on, status, created_at, updated_at)
  VALUES (@organization_id, @full_name, @family_name, @middle_name, @given_name, @name_fold, @sort_key,
    @birth_date, @sex, @ethnicity, @religion, @hometown, @cccd, @cccd_issued_on, @cccd_issued_by, @phone, @education,
    @qualification, @political_theory, @party_member, @occupation, @union_position, @joined_on, @card_number,
    @card_issued_on, @status, @at, @at)`);

const updateMemberSql = statement(`
  UPDATE members SET organization_id = @organization_id, full_name = @full_name, family_name = @family_name,
    middle_name = @middle_name, given_name = @given_name, name_fold = @name_fold, sort_key = @sort_key,
    birth_date = @birth_date, sex = @sex, ethnicity = @ethnicity, religion = @religion, hometown = @hometown,
    cccd = @cccd, cccd_issued_on = @cccd_issued_on, cccd_issued_by = @cccd_issued_by, phone = @phone,
    education = @education, qualification = @qualification, political_theory = @political_theory,
    party_member = @party_member, occupation = @occupation, union_position = @union_position,
    joined_on = @joined_on, card_number = @card_number, card_issued_on = @card_issued_on, updated_at = @at
  WHERE id = @id`);

const insertKeySql = statement('INSERT OR IGNORE INTO member_search_keys (key, member_id) VALUES (?, ?)');
const deleteKeySql = statement('DELETE FROM member_search_keys WHERE key = ? AND member_id = ?');
/** Every column of a member row, as `members m` (the export reads them too). */
export const MEMBER_SELECT_LIST = `m.id, m.organization_id, m.full_name, m.family_name, m.middle_name, m.given_name, m.name_fold, m.sort_key,
  m.birth_date, m.sex, m.ethnicity, m.religion, m.hometown, m.cccd, m.cccd_issued_on, m.cccd_issued_by, m.phone,
  m.education, m.qualification, m.political_theory, m.party_member, m.occupation, m.union_position, m.joined_on,
  m.card_number, m.card_issued_on, m.status, m.created_at, m.updated_at`;
export const memberColumns = columns({
  id: int,
  organization_id: int,
  full_name: text,
  family_name: text,
  middle_name: text,
  given_name: text,
  name_fold: text,
  sort_key: text,
  birth_date: textOrNull,
  sex: oneOfOrNull(SEXES),
  ethnicity: text,
  religion: text,
  hometown: text,
  cccd: textOrNull,
  cccd_issued_on: textOrNull,
  cccd_issued_by: text,
  phone: text,
  education: text,
  qualification: text,
  political_theory: text,
  party_member: int,
  occupation: text,
  union_position: oneOf(UNION_POSITIONS),
  joined_on: textOrNull,
  card_number: text,
  card_issued_on: textOrNull,
  status: oneOf(MEMBER_STATUSES),
  created_at: text,
  updated_at: text,
});
const selectMemberSql = statement(
  `SELECT ${MEMBER_SELECT_LIST}, o.code AS organization_code, o.name AS organization_name
     FROM members m JOIN organizations o ON o.id = m.organization_id
    WHERE m.id = ?`,
  columns({ ...memberColumns, organization_code: textOrNull, organization_name: text }),
);
const setStatusSql = statement('UPDATE members SET status = ?, organization_id = ?, updated_at = ? WHERE id = ?');
const deleteMemberSql = statement('DELETE FROM members WHERE id = ?');

export interface MemberRow extends DerivedNameColumns {
  id: number;
  organization_id: number;
  birth_date: string | null;
  sex: 'male' | 'female' | null;
  ethnicity: string;
  religion: string;
  hometown: string;
  cccd: string | null;
  cccd_issued_on: string | null;
  cccd_issued_by: string;
  phone: string;
  education: string;
  qualification: string;
  political_theory: string;
  party_member: number;
  occupation: string;
  union_position: Member['unionPosition'];
  joined_on: string | null;
  card_number: string;
  card_issued_on: string | null;
  status: MemberStatus;
  created_at: string;
  updated_at: string;
  organization_code: string | null;
  organization_name: string;
}

function toColumns(draft: MemberDraft) {
  return {
    organization_id: draft.organizationId,
    ...deriveNameColumns(draft.fullName),
    birth_date: draft.birthDate,
    sex: draft.sex,
    ethnicity: draft.ethnicity,
    religion: draft.religion,
    hometown: draft.hometown,
    cccd: draft.cccd,
    cccd_issued_on: draft.cccdIssuedOn,
    cccd_issued_by: draft.cccdIssuedBy,
    phone: draft.phone,
    education: draft.education,
    qualification: draft.qualification,
    political_theory: draft.politicalTheory,
    party_member: draft.partyMember ? 1 : 0,
    occupation: draft.occupation,
    union_position: draft.unionPosition,
    joined_on: draft.joinedOn,
    card_number: draft.cardNumber,
    card_issued_on: draft.cardIssuedOn,
  };
}

export function toMember(row: MemberRow): Member {
  return {
    id: row.id,
    organizationId: row.organization_id,
    organizationCode: row.organization_code,
    organizationName: row.organization_name,
    fullName: row.full_name,
    familyName: row.family_name,
    middleName: row.middle_name,
    givenName: row.given_name,
    birthDate: row.birth_date,
    sex: row.sex,
    ethnicity: row.ethnicity,
    religion: row.religion,
    hometown: row.hometown,
    cccd: row.cccd,
    cccdIssuedOn: row.cccd_issued_on,
    cccdIssuedBy: row.cccd_issued_by,
    phone: row.phone,
    education: row.education,
    qualification: row.qualification,
    politicalTheory: row.political_theory,
    partyMember: row.party_member === 1,
    occupation: row.occupation,
    unionPosition: row.union_position,
    joinedOn: row.joined_on,
    cardNumber: row.card_number,
    cardIssuedOn: row.card_issued_on,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const keysOf = (columns: ReturnType<typeof toColumns>) =>
  memberSearchKeys({ nameFold: columns.name_fold, cccd: columns.cccd, cardNumber: columns.card_number, phone: columns.phone });

export function insertMember(db: Db, draft: MemberDraft, status: MemberStatus, at: string): number {
  const columns = toColumns(draft);
  const id = Number(insertMemberSql(db).run({ ...columns, status, at }).lastInsertRowid);
  const bulk = inBulkMode(db);
  for (const key of keysOf(columns)) {
    if (bulk) appendBulkKey(db, key, id);
    else insertKeySql(db).run(key, id);
  }
  bumpMembersVersion(db);
  return id;
}

const MEMBER_COLUMNS = [
  'organization_id', 'full_name', 'family_name', 'middle_name', 'given_name', 'name_fold', 'sort_key', 'birth_date', 'sex',
  'ethnicity', 'religion', 'hometown', 'cccd', 'cccd_issued_on', 'cccd_issued_by', 'phone', 'education', 'qualification',
  'political_theory', 'party_member', 'occupation', 'union_position', 'joined_on', 'card_number', 'card_issued_on',
] as const;
const insertMembersHead = `INSERT INTO members (${MEMBER_COLUMNS.join(', ')}, status, created_at, updated_at) VALUES`;
const insertKeysHead = 'INSERT OR IGNORE INTO member_search_keys (key, member_id) VALUES';

/**
 * insertMember for many drafts, a hundred rows per statement (a big import): the same rows, names
 * derived once per member. Returns the new ids in the drafts' order.
 */
export function insertMembers(db: Db, drafts: readonly MemberDraft[], status: MemberStatus, at: string): number[] {
  const columns = drafts.map(toColumns);
  // Each new row takes the next id above the table's highest, in the order of the values.
  const ids = insertRowsReturningIds(db, insertMembersHead, columns.map((c) => [...MEMBER_COLUMNS.map((name) => c[name]), status, at, at])).sort((a, b) => a - b);
  const keys = columns.flatMap((c, i) => keysOf(c).map((key) => [key, ids[i]]));
  if (inBulkMode(db)) appendBulkKeys(db, keys);
  else insertRows(db, insertKeysHead, keys);
  bumpMembersVersion(db);
  return ids;
}

export function findMemberRow(db: Db, id: number): MemberRow | undefined {
  return selectMemberSql(db).get(id);
}

/** Updates a member; a change of Party membership is dated `at` (its history keeps earlier cut-offs). */
export function updateMember(db: Db, before: MemberRow, draft: MemberDraft, at: string): void {
  const columns = toColumns(draft);
  updateMemberSql(db).run({ ...columns, id: before.id, at });
  recordPartyChange(db, before.id, before.party_member === 1, columns.party_member === 1, at.slice(0, 10));
  const oldKeys = memberSearchKeys({ nameFold: before.name_fold, cccd: before.cccd, cardNumber: before.card_number, phone: before.phone });
  const newKeys = new Set(keysOf(columns));
  for (const key of oldKeys) if (!newKeys.has(key)) deleteKeySql(db).run(key, before.id);
  for (const key of newKeys) insertKeySql(db).run(key, before.id);
  bumpMembersVersion(db);
}

export function setMemberStatus(db: Db, id: number, status: MemberStatus, organizationId: number, at: string): void {
  setStatusSql(db).run(status, organizationId, at, id);
  bumpMembersVersion(db);
}

export function deleteMember(db: Db, row: MemberRow): void {
  for (const key of memberSearchKeys({ nameFold: row.name_fold, cccd: row.cccd, cardNumber: row.card_number, phone: row.phone })) {
    deleteKeySql(db).run(key, row.id);
  }
  deleteMemberSql(db).run(row.id);
  bumpMembersVersion(db);
}

const dropKeysBetweenSql = statement('DELETE FROM member_search_keys WHERE member_id BETWEEN ? AND ?');
const membersBetweenSql = statement(
  'SELECT id, name_fold, cccd, card_number, phone FROM members WHERE id BETWEEN ? AND ?',
  columns({ id: int, name_fold: text, cccd: textOrNull, card_number: text, phone: text }),
);

/** Writes the search keys of the members with ids from..to again from their rows as they are now. */
export function rebuildSearchKeysBetween(db: Db, from: number, to: number): void {
  dropKeysBetweenSql(db).run(from, to);
  const members = membersBetweenSql(db).all(from, to);
  for (const m of members) {
    for (const key of memberSearchKeys({ nameFold: m.name_fold, cccd: m.cccd, cardNumber: m.card_number, phone: m.phone })) insertKeySql(db).run(key, m.id);
  }
  bumpMembersVersion(db);
}
