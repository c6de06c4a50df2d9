import type { ClusterMember, RotationPick, RotationSuggestion } from '../../../shared/clusters/model';
import { foldVietnamese } from '../../../shared/domain/text/normalize';
import type { Db } from '../db/connection';
import { columns, int, intOrNull, scalarStatement, statement, text } from '../db/rows';

const pastRoles = statement(
  `SELECT c.year, m.organization_id AS organizationId, m.name, m.role
     FROM clusters c JOIN cluster_members m ON m.cluster_id = c.id
    WHERE c.name = ? AND c.year < ? AND m.role IN ('leader', 'deputy')`,
  columns({ year: int, organizationId: intOrNull, name: text, role: text }),
);
const firstYearOf = scalarStatement('SELECT min(year) FROM clusters WHERE name = ? AND year < ?', intOrNull);

/** A unit is the same across years by its record, or (a peer typed by name) by its name. */
const unitKey = (u: { organizationId: number | null; name: string }) =>
  u.organizationId !== null ? `o${u.organizationId}` : `n${foldVietnamese(u.name).trim()}`;

/**
 * Leader and deputy for the year: the units that have waited longest since they last led the
 * cluster (same name in earlier years). Never led comes first; among equals, last year's deputy,
 * then the order of the list.
 */
export function suggestRotation(db: Db, cluster: { name: string; year: number }, members: readonly ClusterMember[]): RotationSuggestion {
  const past = pastRoles(db).all(cluster.name, cluster.year);
  const firstYear = firstYearOf(db).one(cluster.name, cluster.year);
  const lastLed = new Map<string, number>();
  const deputyLastYear = new Set<string>();
  for (const p of past) {
    const key = unitKey(p);
    if (p.role === 'leader') lastLed.set(key, Math.max(lastLed.get(key) ?? 0, p.year));
    if (p.role === 'deputy' && p.year === cluster.year - 1) deputyLastYear.add(key);
  }
  const picks: RotationPick[] = members.map((m) => ({
    clusterMemberId: m.id,
    name: m.name,
    lastLedYear: lastLed.get(unitKey(m)) ?? null,
    historyFrom: firstYear,
    wasDeputyLastYear: deputyLastYear.has(unitKey(m)),
  }));
  const order = members.map((m) => m.id);
  picks.sort(
    (a, b) =>
      (a.lastLedYear ?? -1) - (b.lastLedYear ?? -1) ||
      Number(b.wasDeputyLastYear) - Number(a.wasDeputyLastYear) ||
      order.indexOf(a.clusterMemberId) - order.indexOf(b.clusterMemberId),
  );
  return { leader: picks[0] ?? null, deputy: picks[1] ?? null };
}
