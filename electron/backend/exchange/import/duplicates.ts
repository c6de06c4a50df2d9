import type { DuplicateView } from '../../../../shared/exchange/import';
import type { MemberDraft } from '../../../../shared/members/model';
import { foldVietnamese, nfc } from '../../../../shared/domain/text/normalize';
import { formatDateVi } from '../../../../shared/domain/format/date';
import type { Db } from '../../db/connection';
import { statement } from '../../db/statements';
import type { UnionDraft } from '../unions/draft';

interface Existing {
  id: number;
  full_name: string;
  birth_date: string | null;
  union_name: string;
}

const birth = (value: string | null) => (value && value.length === 10 ? formatDateVi(value) : (value ?? ''));

/** A member already in the database with the same CCCD, or the same name and date of birth. */
// Lookups answered from the indexes alone; the details are read only for a hit.
const idByCccd = statement('SELECT id FROM members WHERE cccd = ? LIMIT 1');
const idByNameAndBirth = statement('SELECT id FROM members WHERE name_fold = ? AND birth_date = ? LIMIT 1');
const details = statement(
  'SELECT m.id, m.full_name, m.birth_date, o.name AS union_name FROM members m JOIN organizations o ON o.id = m.organization_id WHERE m.id = ?',
);
const anyMember = statement('SELECT EXISTS (SELECT 1 FROM members)');

function view(db: Db, id: number, reason: 'cccd' | 'nameBirth'): Omit<DuplicateView, 'row'> {
  const hit = details(db).get(id) as Existing;
  return { existingId: hit.id, existingName: hit.full_name, existingDetail: `${birth(hit.birth_date)} — ${hit.union_name}`, reason };
}

/** A duplicate finder for one import: nothing to look up while the office has no members yet. */
export function existingMemberFinder(db: Db): (draft: MemberDraft) => Omit<DuplicateView, 'row'> | null {
  if (anyMember(db).pluck().get() === 0) return () => null;
  return (draft) => findExistingMember(db, draft);
}

export function findExistingMember(db: Db, draft: MemberDraft): Omit<DuplicateView, 'row'> | null {
  if (draft.cccd) {
    const id = idByCccd(db).pluck().get(draft.cccd) as number | undefined;
    if (id !== undefined) return view(db, id, 'cccd');
  }
  if (draft.birthDate) {
    const id = idByNameAndBirth(db).pluck().get(foldVietnamese(nfc(draft.fullName)), draft.birthDate) as number | undefined;
    if (id !== undefined) return view(db, id, 'nameBirth');
  }
  return null;
}

/** One of our CĐCS with the same code or the same name. */
export function findExistingUnion(db: Db, draft: UnionDraft): Omit<DuplicateView, 'row'> | null {
  const select = "SELECT id, name, coalesce(code, '') AS code FROM organizations WHERE level = 'grassroots'";
  const hit =
    (draft.code ? (db.prepare(`${select} AND code = ?`).get(draft.code) as { id: number; name: string; code: string } | undefined) : undefined) ??
    (db.prepare(`${select} AND name_fold = ?`).get(foldVietnamese(draft.name)) as { id: number; name: string; code: string } | undefined);
  if (!hit) return null;
  return { existingId: hit.id, existingName: hit.name, existingDetail: hit.code, reason: draft.code && hit.code === draft.code ? 'code' : 'name' };
}
