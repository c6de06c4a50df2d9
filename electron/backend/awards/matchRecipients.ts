import type { ListedRecipient } from '../../../shared/awards/recipientList';
import type { MatchCandidate, MatchedRecipient } from '../../../shared/awards/recipientMatch';
import { foldVietnamese, nfc } from '../../../shared/domain/text/normalize';
import type { Db } from '../db/connection';
import { columns, int, type RowOf, statement, text, textOrNull } from '../db/rows';

const personRow = columns({ id: int, fullName: text, birthDate: textOrNull, unitName: text, unitShort: textOrNull });
type PersonRow = RowOf<typeof personRow>;
const unitRow = columns({ id: int, name: text, shortName: textOrNull });
type UnitRow = RowOf<typeof unitRow>;

const peopleNamedSql = statement(
  `SELECT m.id, m.full_name AS fullName, m.birth_date AS birthDate, o.name AS unitName, o.short_name AS unitShort
     FROM member_search_keys k JOIN members m ON m.id = k.member_id JOIN organizations o ON o.id = m.organization_id
    WHERE k.key = ? ORDER BY m.status = 'active' DESC, m.id`,
  personRow,
);
const unitsSql = statement("SELECT id, name, short_name AS shortName FROM organizations WHERE level IN ('grassroots', 'sub_unit')", unitRow);

const CANDIDATE_LIMIT = 20;

const sameUnit = (unit: string, name: string, short: string | null) => nfc(unit) === nfc(name) || (short !== null && nfc(unit) === nfc(short));
const foldedUnit = (unit: string, name: string, short: string | null) => {
  const typed = foldVietnamese(unit);
  const names = [name, short ?? ''].map(foldVietnamese).filter(Boolean);
  return names.some((candidate) => candidate === typed || candidate.includes(typed) || typed.includes(candidate));
};

function personLabel(person: PersonRow): string {
  return [person.fullName, person.birthDate?.slice(0, 4) ?? '', person.unitShort || person.unitName].filter(Boolean).join(' — ');
}

/** Members whose whole name folds to the typed name (through the search index: one range scan). */
function peopleNamed(db: Db, name: string): PersonRow[] {
  const folded = foldVietnamese(name);
  if (!folded) return [];
  const rows = peopleNamedSql(db).all(folded);
  return rows.filter((row) => foldVietnamese(row.fullName) === folded);
}

function matchPerson(db: Db, row: ListedRecipient): MatchedRecipient {
  const people = peopleNamed(db, row.recipientName);
  const name = nfc(row.recipientName);
  const unit = row.recipientUnit.trim();
  const linked = (person: PersonRow, match: 'exact' | 'folded'): MatchedRecipient => ({ ...row, memberId: person.id, organizationId: null, match, candidates: [] });
  const ask = (options: PersonRow[]): MatchedRecipient => ({
    ...row,
    memberId: null,
    organizationId: null,
    match: options.length === 0 ? 'none' : 'ambiguous',
    candidates: options.slice(0, CANDIDATE_LIMIT).map((p): MatchCandidate => ({ memberId: p.id, organizationId: null, label: personLabel(p) })),
  });
  const exactName = people.filter((p) => nfc(p.fullName) === name);
  if (unit) {
    const exact = exactName.filter((p) => sameUnit(unit, p.unitName, p.unitShort));
    if (exact.length === 1) return linked(exact[0]!, 'exact');
    const folded = people.filter((p) => foldedUnit(unit, p.unitName, p.unitShort));
    if (folded.length === 1) return linked(folded[0]!, 'folded');
    return ask(folded.length > 1 ? folded : people);
  }
  if (people.length === 1 && exactName.length === 1) return linked(exactName[0]!, 'exact');
  return ask(people);
}

function matchUnit(units: UnitRow[], row: ListedRecipient): MatchedRecipient {
  const name = row.recipientName;
  const linked = (unit: UnitRow, match: 'exact' | 'folded'): MatchedRecipient => ({ ...row, memberId: null, organizationId: unit.id, match, candidates: [] });
  const exact = units.filter((u) => sameUnit(name, u.name, u.shortName));
  if (exact.length === 1) return linked(exact[0]!, 'exact');
  const typed = foldVietnamese(name);
  const folded = units.filter((u) => foldVietnamese(u.name) === typed || (u.shortName !== null && foldVietnamese(u.shortName) === typed));
  if (folded.length === 1) return linked(folded[0]!, 'folded');
  const options = folded.length > 1 ? folded : exact;
  return {
    ...row,
    memberId: null,
    organizationId: null,
    match: options.length === 0 ? 'none' : 'ambiguous',
    candidates: options.slice(0, CANDIDATE_LIMIT).map((u) => ({ memberId: null, organizationId: u.id, label: u.shortName ? `${u.name} (${u.shortName})` : u.name })),
  };
}

/**
 * Ties each pasted recipient to a member (individuals) or a CĐCS (collectives): the same name
 * (and unit) first, then the name typed without diacritics together with its unit; when more
 * than one fits, the row lists them for the clerk to choose, and nothing is guessed.
 */
export function matchRecipients(db: Db, rows: ListedRecipient[]): MatchedRecipient[] {
  let units: UnitRow[] | null = null;
  return rows.map((row) => {
    if (row.recipientKind === 'individual') return matchPerson(db, row);
    units ??= unitsSql(db).all();
    return matchUnit(units, row);
  });
}
