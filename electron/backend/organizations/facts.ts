import type { Sector } from '../../../shared/organizations/levels';
import type { Db } from '../db/connection';

/** The facts of a CĐCS kept with their dates (migration organization-facts). */
export type OrganizationFact = 'workers_total' | 'workers_female' | 'sector';
export const ORGANIZATION_FACTS: readonly OrganizationFact[] = ['workers_total', 'workers_female', 'sector'];

const COLUMN: Record<OrganizationFact, string> = { workers_total: 'workers_total', workers_female: 'workers_female', sector: 'sector' };

export interface FactsAt {
  sector: Sector | null;
  workersTotal: number | null;
  workersFemale: number | null;
}

/**
 * Records that a fact of a CĐCS is `value` from `validFrom` on (a later row of the same fact ends
 * it). The value the CĐCS had before, when no dated row holds it yet, is kept from its founding,
 * so the change moves no earlier cut-off. organizations' own column follows the latest row.
 * The caller holds the transaction.
 */
export function setOrganizationFact(db: Db, orgId: number, fact: OrganizationFact, value: number | string | null, validFrom: string): void {
  const column = COLUMN[fact];
  const org = db.prepare(`SELECT ${column} AS value, founded_on AS foundedOn, created_at AS createdAt FROM organizations WHERE id = ?`).get(orgId) as
    | { value: number | string | null; foundedOn: string | null; createdAt: string }
    | undefined;
  if (!org) return;
  const known = db.prepare('SELECT count(*) FROM organization_facts WHERE organization_id = ? AND fact = ?').pluck().get(orgId, fact) as number;
  if (known === 0 && org.value !== null) {
    const since = [org.foundedOn ?? org.createdAt.slice(0, 10), validFrom].sort()[0] as string;
    if (since < validFrom) {
      db.prepare('INSERT INTO organization_facts (organization_id, fact, valid_from, value) VALUES (?, ?, ?, ?)').run(orgId, fact, since, org.value);
    }
  }
  db.prepare(
    `INSERT INTO organization_facts (organization_id, fact, valid_from, value) VALUES (?, ?, ?, ?)
     ON CONFLICT (organization_id, fact, valid_from) DO UPDATE SET value = excluded.value`,
  ).run(orgId, fact, validFrom, value);
  const latest = db
    .prepare('SELECT value FROM organization_facts WHERE organization_id = ? AND fact = ? ORDER BY valid_from DESC LIMIT 1')
    .pluck()
    .get(orgId, fact) as number | string | null;
  db.prepare(`UPDATE organizations SET ${column} = ? WHERE id = ?`).run(latest, orgId);
}

/** The CĐCS's facts that differ between two versions of it, to be dated by the caller. */
export function changedFacts(before: FactsAt, after: FactsAt): { fact: OrganizationFact; value: number | string | null }[] {
  const pairs: [OrganizationFact, number | string | null, number | string | null][] = [
    ['workers_total', before.workersTotal, after.workersTotal],
    ['workers_female', before.workersFemale, after.workersFemale],
    ['sector', before.sector, after.sector],
  ];
  return pairs.filter(([, was, now]) => was !== now).map(([fact, , value]) => ({ fact, value }));
}

interface FactRow {
  org: number;
  fact: OrganizationFact;
  validFrom: string;
  value: number | string | null;
}

/**
 * Every CĐCS's facts as at `day`: the latest row dated on or before it, or, before the first row,
 * the first row (the first value known counts from the founding). A CĐCS with no row of a fact
 * (written by a path that keeps no dates) has its current column's value.
 */
export function organizationFactsAt(db: Db, day: string): Map<number, Partial<FactsAt>> {
  const rows = db
    .prepare('SELECT organization_id AS org, fact, valid_from AS validFrom, value FROM organization_facts ORDER BY organization_id, fact, valid_from')
    .all() as FactRow[];
  const result = new Map<number, Partial<FactsAt>>();
  let previous: FactRow | undefined;
  for (const row of rows) {
    const first = !previous || previous.org !== row.org || previous.fact !== row.fact;
    previous = row;
    if (!first && row.validFrom > day) continue;
    const facts = result.get(row.org) ?? {};
    if (row.fact === 'sector') facts.sector = row.value as Sector | null;
    else if (row.fact === 'workers_total') facts.workersTotal = row.value as number | null;
    else facts.workersFemale = row.value as number | null;
    result.set(row.org, facts);
  }
  return result;
}
