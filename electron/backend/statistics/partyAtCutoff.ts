import { MOVEMENT_KINDS } from '../../../shared/members/model';
import type { Db } from '../db/connection';
import { columns, int, intOrNull, oneOf, statement, text } from '../db/rows';
import { partyDifferencesOn } from '../members';
import type { CountsByUnion } from './memberFigures';
import { signOf } from './memberMovements';

const memberSql = statement('SELECT organization_id AS org, status FROM members WHERE id = ?', columns({ org: int, status: text }));
const laterMovementsSql = statement(
  `SELECT kind, from_organization_id AS "from", to_organization_id AS "to" FROM member_movements
    WHERE member_id = ? AND date > ? AND kind IN ('admitted', 'transferred_in', 'transferred_out', 'left', 'deceased')`,
  columns({ kind: oneOf(MOVEMENT_KINDS), from: intOrNull, to: intOrNull }),
);

/**
 * The Party members at a cut-off: the counts at the cut-off place each member by today's Party
 * flag; a member whose dated history says otherwise that day is counted where the counts put them
 * (today's CĐCS while active, with their movements after the cut-off undone, as undoMovements
 * does) with the Party membership of that day. Few members ever change: one small query each.
 */
export function correctPartyAtCutoff(db: Db, counts: CountsByUnion, cutoff: string): CountsByUnion {
  const differences = partyDifferencesOn(db, cutoff);
  if (differences.length === 0) return counts;
  const result: CountsByUnion = new Map([...counts].map(([org, c]) => [org, { ...c }]));
  for (const { memberId, wasParty } of differences) {
    const places = new Map<number, number>();
    const now = memberSql(db).one(memberId);
    if (now.status === 'active') places.set(now.org, 1);
    for (const mv of laterMovementsSql(db).all(memberId, cutoff)) {
      const org = mv.kind === 'admitted' || mv.kind === 'transferred_in' ? mv.to : mv.from;
      if (org !== null) places.set(org, (places.get(org) ?? 0) - signOf(mv.kind));
    }
    for (const [org, times] of places) {
      const c = result.get(org);
      if (c && times !== 0) c.party += times * (wasParty ? 1 : -1);
    }
  }
  return result;
}
