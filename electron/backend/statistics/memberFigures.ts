import type { Db } from '../db/connection';
import { int, tupleStatement } from '../db/rows';
import { percent, type FigureContext, type SectionValues } from './figureContext';
import { signOf, type MovementGroup } from './memberMovements';

export interface Counts {
  total: number;
  female: number;
  party: number;
}

export type CountsByUnion = Map<number, Counts>;

const memberCountsSql = tupleStatement('SELECT organization_id, total, female, party FROM member_counts', [int, int, int, int]);

/** Active members per CĐCS now, as the triggers of migration member-counts keep them. */
export function currentMemberCounts(db: Db): CountsByUnion {
  return new Map(memberCountsSql(db).all().map(([org, total, female, party]) => [org, { total, female, party }]));
}

/**
 * Members per CĐCS as at a cut-off: the members table as it is now, with every movement dated
 * after the cut-off undone (an admission or transfer in after it is taken off its CĐCS, a
 * departure after it is put back). So a later change never alters a past cut-off.
 */
export function undoMovements(current: CountsByUnion, groups: Iterable<MovementGroup>): CountsByUnion {
  const result: CountsByUnion = new Map([...current].map(([org, counts]) => [org, { ...counts }]));
  for (const group of groups) {
    const sign = -signOf(group.kind);
    const counts = result.get(group.org) ?? { total: 0, female: 0, party: 0 };
    counts.total += sign * group.n;
    counts.female += sign * group.female;
    counts.party += sign * group.party;
    result.set(group.org, counts);
  }
  return result;
}

const FLOW_CODES = {
  admitted: 'members.admitted',
  transferred_in: 'members.transferredIn',
  transferred_out: 'members.transferredOut',
  left: 'members.left',
  deceased: 'members.deceased',
} as const;

/**
 * Movements dated in the period, of a CĐCS that was ours that day. Transfers between two of our
 * CĐCS are not "chuyển đến/chuyển đi" of the office (they are of a single CĐCS or cluster scope).
 */
function flowFigures(cx: FigureContext, groups: readonly MovementGroup[], values: Map<string, number | null>): void {
  for (const code of Object.values(FLOW_CODES)) values.set(code, 0);
  for (const group of groups) {
    if (group.late || !group.orgOurs) continue;
    if (cx.scope && !cx.scope.has(group.org)) continue;
    const internal = cx.scope ? group.other !== null && cx.scope.has(group.other) : group.otherOurs === 1;
    if ((group.kind === 'transferred_in' || group.kind === 'transferred_out') && internal) continue;
    const code = FLOW_CODES[group.kind];
    values.set(code, (values.get(code) ?? 0) + group.n);
  }
}

/** Members at the cut-off (total, women, Party members) in our CĐCS, and the period's movements. */
export function memberFigures(cx: FigureContext, atCutoff: CountsByUnion, periodGroups: readonly MovementGroup[]): SectionValues {
  const values = new Map<string, number | null>();
  const totals = { total: 0, female: 0, party: 0 };
  for (const union of cx.unions) {
    const counts = atCutoff.get(union.id);
    if (!counts) continue;
    totals.total += counts.total;
    totals.female += counts.female;
    totals.party += counts.party;
  }
  values.set('members.total', totals.total);
  values.set('members.female', totals.female);
  values.set('members.partyMembers', totals.party);
  const workers = cx.unions.reduce((sum, u) => sum + (u.workersTotal ?? 0), 0);
  values.set('members.coverage', percent(totals.total, workers));
  flowFigures(cx, periodGroups, values);
  return { values };
}
