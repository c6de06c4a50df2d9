import type Database from 'better-sqlite3';
import { previousPeriod, reportingPeriod, type ReportingPeriod } from '../../../shared/statistics/period';

/**
 * The member figures of a year computed the plain way, row by row in JavaScript, to check the
 * engine's grouped passes against: every member and every movement is read, nothing is grouped
 * or cached in SQL. Same definitions as electron/backend/statistics/yearFigures.ts.
 */
interface MemberRow {
  id: number;
  organization_id: number;
  status: string;
  sex: string | null;
  party_member: number;
}
interface MovementRow {
  member_id: number;
  kind: string;
  date: string;
  from_organization_id: number | null;
  to_organization_id: number | null;
}
interface ManagementRow {
  organization_id: number;
  manager_id: number;
  valid_from: string;
  valid_to: string | null;
}
interface OrganizationRow {
  id: number;
  level: string;
  founded_on: string | null;
  dissolved_on: string | null;
  workers_total: number | null;
}

export const MEMBER_CODES = [
  'members.total',
  'members.female',
  'members.partyMembers',
  'members.coverage',
  'members.admitted',
  'members.transferredIn',
  'members.transferredOut',
  'members.left',
  'members.deceased',
] as const;

const IN_KINDS = new Set(['admitted', 'transferred_in']);

export function referenceMemberFigures(db: Database.Database, year: number, cutoff?: string): { value: Record<string, number | null>; lastYear: Record<string, number | null> } {
  const office = (db.prepare('SELECT id FROM organizations WHERE is_own_office = 1').get() as { id: number } | undefined)?.id ?? null;
  const members = db.prepare('SELECT id, organization_id, status, sex, party_member FROM members').all() as MemberRow[];
  const movements = db.prepare('SELECT member_id, kind, date, from_organization_id, to_organization_id FROM member_movements').all() as MovementRow[];
  const management = db.prepare('SELECT organization_id, manager_id, valid_from, valid_to FROM organization_management').all() as ManagementRow[];
  const organizations = db.prepare('SELECT id, level, founded_on, dissolved_on, workers_total FROM organizations').all() as OrganizationRow[];
  const byId = new Map(members.map((m) => [m.id, m]));
  const ours = (org: number | null, day: string) =>
    org !== null && management.some((r) => r.organization_id === org && r.manager_id === office && r.valid_from <= day && (r.valid_to === null || r.valid_to > day));

  const compute = (period: ReportingPeriod): Record<string, number | null> => {
    const unions = organizations.filter(
      (o) => o.level === 'grassroots' && (o.founded_on === null || o.founded_on <= period.to) && (o.dissolved_on === null || o.dissolved_on > period.to) && ours(o.id, period.to),
    );
    const inUnion = new Set(unions.map((u) => u.id));
    // Today's members, then every movement after the cut-off undone, member by member.
    let total = 0;
    let female = 0;
    let party = 0;
    const count = (org: number | null, member: MemberRow | undefined, sign: number) => {
      if (org === null || !inUnion.has(org) || !member) return;
      total += sign;
      if (member.sex === 'female') female += sign;
      if (member.party_member === 1) party += sign;
    };
    for (const member of members) if (member.status === 'active') count(member.organization_id, member, 1);
    for (const mv of movements) {
      if (mv.date <= period.to) continue;
      const member = byId.get(mv.member_id);
      if (IN_KINDS.has(mv.kind)) count(mv.to_organization_id, member, -1);
      else count(mv.from_organization_id, member, 1);
    }
    const flows: Record<string, number> = { admitted: 0, transferred_in: 0, transferred_out: 0, left: 0, deceased: 0 };
    for (const mv of movements) {
      if (mv.date < period.from || mv.date > period.to) continue;
      const org = IN_KINDS.has(mv.kind) ? mv.to_organization_id : mv.from_organization_id;
      if (!ours(org, mv.date)) continue;
      const other = mv.kind === 'transferred_in' ? mv.from_organization_id : mv.kind === 'transferred_out' ? mv.to_organization_id : null;
      if (other !== null && ours(other, mv.date)) continue;
      flows[mv.kind] = (flows[mv.kind] ?? 0) + 1;
    }
    const workers = unions.reduce((sum, u) => sum + (u.workers_total ?? 0), 0);
    return {
      'members.total': total,
      'members.female': female,
      'members.partyMembers': party,
      'members.coverage': workers > 0 ? Math.round((total / workers) * 1000) / 10 : null,
      'members.admitted': flows.admitted ?? 0,
      'members.transferredIn': flows.transferred_in ?? 0,
      'members.transferredOut': flows.transferred_out ?? 0,
      'members.left': flows.left ?? 0,
      'members.deceased': flows.deceased ?? 0,
    };
  };
  const period = reportingPeriod(year, cutoff);
  return { value: compute(period), lastYear: compute(previousPeriod(period)) };
}
