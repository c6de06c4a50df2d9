import type { DuplicateView } from '../../../../shared/exchange/import';
import type { MemberDraft } from '../../../../shared/members/model';
import { foldVietnamese } from '../../../../shared/domain/text/normalize';
import { formatDateVi } from '../../../../shared/domain/format/date';
import type { Locale } from '../../../../shared/i18n/locale';
import type { Db } from '../../db/connection';
import { columns, int, query, scalarStatement, statement, text, textOrNull } from '../../db/rows';
import { exactNameKey } from '../members/nameKey';
import { foldName } from '../../members';
import type { UnionDraft } from '../unions/draft';


const birth = (value: string | null) => (value && value.length === 10 ? formatDateVi(value) : (value ?? ''));

// Lookups answered from the indexes alone; the details are read only for a hit.
const idByCccd = scalarStatement('SELECT id FROM members WHERE cccd = ? LIMIT 1', int);
const byFoldedNameAndBirth = statement(
  'SELECT id, full_name AS fullName, cccd FROM members WHERE name_fold = ? AND birth_date = ? ORDER BY id LIMIT 50',
  columns({ id: int, fullName: text, cccd: textOrNull }),
);
const details = statement(
  'SELECT m.id, m.full_name, m.birth_date, o.name AS union_name FROM members m JOIN organizations o ON o.id = m.organization_id WHERE m.id = ?',
  columns({ id: int, full_name: text, birth_date: textOrNull, union_name: text }),
);
const anyMember = scalarStatement('SELECT EXISTS (SELECT 1 FROM members)', int);

type Match = Omit<DuplicateView, 'row'>;

function view(db: Db, id: number, reason: DuplicateView['reason']): Match {
  const hit = details(db).one(id);
  return { existingId: hit.id, existingName: hit.full_name, existingDetail: `${birth(hit.birth_date)} — ${hit.union_name}`, reason };
}

/** A member row checked against the database: a duplicate, or only a possible one for the user to judge. */
export interface MemberMatch {
  duplicate: Match | null;
  possible: Match | null;
}

const NO_MATCH: MemberMatch = { duplicate: null, possible: null };

/** A duplicate finder for one import: nothing to look up while the office has no members yet. */
export function existingMemberFinder(db: Db): (draft: MemberDraft) => MemberMatch {
  if (anyMember(db).one() === 0) return () => NO_MATCH;
  return (draft) => findExistingMember(db, draft);
}

/**
 * A duplicate is a member with the same CCCD, or with the same exact name (exactNameKey) and
 * birth date when one of the two has no CCCD. The same name without diacritics and birth date
 * otherwise (Hòa/Hoa, An/Ân, or two CCCDs for one name) is only a possible duplicate ("có thể
 * trùng"): shown, never rejected.
 */
export function findExistingMember(db: Db, draft: MemberDraft): MemberMatch {
  if (draft.cccd) {
    const id = idByCccd(db).get(draft.cccd);
    if (id !== undefined) return { duplicate: view(db, id, 'cccd'), possible: null };
  }
  if (!draft.birthDate) return NO_MATCH;
  const candidates = byFoldedNameAndBirth(db).all(foldName(draft.fullName), draft.birthDate);
  const name = exactNameKey(draft.fullName);
  const same = candidates.find((c) => exactNameKey(c.fullName) === name && (!draft.cccd || !c.cccd));
  if (same) return { duplicate: view(db, same.id, 'nameBirth'), possible: null };
  const near = candidates[0];
  return near ? { duplicate: null, possible: view(db, near.id, 'similarName') } : NO_MATCH;
}

const unitName = scalarStatement('SELECT name FROM organizations WHERE id = ?', text);
const unionRow = columns({ id: int, name: text, code: text });
const FILE_ROW: Record<Locale, (row: number) => string> = { vi: (row) => `dòng ${row} của tệp`, en: (row) => `row ${row} of the file` };

/**
 * Rows of one file that may be the same person: the same folded name (Hòa/Hoa), birth date and CĐCS
 * as an earlier row. Exact repeats are refused by the parser (duplicateInFile); these are only shown,
 * naming the earlier sheet row.
 */
export function fileNearMatchFinder(db: Db, locale: Locale): (draft: MemberDraft, row: number) => Match | null {
  const seen = new Map<string, { row: number; name: string }>();
  return (draft, row) => {
    if (!draft.birthDate) return null;
    const key = `${foldName(draft.fullName)}|${draft.birthDate}|${draft.organizationId}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, { row, name: draft.fullName });
      return null;
    }
    const unit = unitName(db).get(draft.organizationId) ?? '';
    return { existingId: null, fileRow: first.row, existingName: first.name, existingDetail: `${FILE_ROW[locale](first.row)} — ${birth(draft.birthDate)} — ${unit}`, reason: 'similarRowInFile' };
  };
}

/** One of our CĐCS with the same code or the same name. */
export function findExistingUnion(db: Db, draft: UnionDraft): Omit<DuplicateView, 'row'> | null {
  const select = "SELECT id, name, coalesce(code, '') AS code FROM organizations WHERE level = 'grassroots'";
  const hit =
    (draft.code ? query(db, `${select} AND code = ?`, unionRow).get(draft.code) : undefined) ??
    query(db, `${select} AND name_fold = ?`, unionRow).get(foldVietnamese(draft.name));
  if (!hit) return null;
  return { existingId: hit.id, existingName: hit.name, existingDetail: hit.code, reason: draft.code && hit.code === draft.code ? 'code' : 'name' };
}
