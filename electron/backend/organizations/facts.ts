import type { Sector } from '../../../shared/organizations/levels';
import type { Db } from '../db/connection';
import { intOrNull, scalar } from '../db/rows';

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
 * Records that facts of a CĐCS hold from `validFrom` on (a later row of the same fact ends them),
 * e.g. `setOrganizationFacts(db, id, { workers_total: 6000, workers_female: 3500 }, '2026-12-07')`.
 * The value a CĐCS had before, when no dated row holds it yet, is kept from its founding, so the
 * change moves no earlier cut-off. organizations' own columns follow the latest rows (written
 * together, so a new total and women's count are checked against each other). The caller holds
 * the transaction.
 */
export function setOrganizationFacts(db: Db, orgId: number, values: Partial<Record<OrganizationFact, number | string | null>>, validFrom: string): void {
  const org = db.prepare('SELECT founded_on AS foundedOn, created_at AS createdAt, sector, workers_total, workers_female FROM organizations WHERE id = ?').get(orgId) as
    | ({ foundedOn: string | null; createdAt: string } & Record<OrganizationFact, number | string | null>)
    | undefined;
  if (!org) return;
  const insert = db.prepare(
    `INSERT INTO organization_facts (organization_id, fact, valid_from, value) VALUES (?, ?, ?, ?)
     ON CONFLICT (organization_id, fact, valid_from) DO UPDATE SET value = excluded.value`,
  );
  const known = db.prepare('SELECT count(*) FROM organization_facts WHERE organization_id = ? AND fact = ?').pluck();
  const since = [org.foundedOn ?? org.createdAt.slice(0, 10), validFrom].sort()[0] as string;
  for (const [fact, value] of Object.entries(values) as [OrganizationFact, number | string | null][]) {
    if ((known.get(orgId, fact) as number) === 0 && org[fact] !== null && since < validFrom) insert.run(orgId, fact, since, org[fact]);
    insert.run(orgId, fact, validFrom, value);
  }
  const latest = db.prepare('SELECT value FROM organization_facts WHERE organization_id = ? AND fact = ? ORDER BY valid_from DESC LIMIT 1').pluck();
  const now = (fact: OrganizationFact) => ((known.get(orgId, fact) as number) > 0 ? latest.get(orgId, fact) : org[fact]) as number | string | null;
  db.prepare(`UPDATE organizations SET ${ORGANIZATION_FACTS.map((f) => `${COLUMN[f]} = @${f}`).join(', ')} WHERE id = @id`).run({
    id: orgId,
    sector: now('sector'),
    workers_total: now('workers_total'),
    workers_female: now('workers_female'),
  });
}

/** One fact of a CĐCS from a date (setOrganizationFacts). */
export function setOrganizationFact(db: Db, orgId: number, fact: OrganizationFact, value: number | string | null, validFrom: string): void {
  setOrganizationFacts(db, orgId, { [fact]: value }, validFrom);
}

/** The CĐCS's facts that differ between two versions of it, to be dated by the caller. */
export function changedFacts(before: FactsAt, after: FactsAt): Partial<Record<OrganizationFact, number | string | null>> {
  const pairs: [OrganizationFact, number | string | null, number | string | null][] = [
    ['workers_total', before.workersTotal, after.workersTotal],
    ['workers_female', before.workersFemale, after.workersFemale],
    ['sector', before.sector, after.sector],
  ];
  return Object.fromEntries(pairs.filter(([, was, now]) => was !== now).map(([fact, , value]) => [fact, value]));
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

/** A fact of a CĐCS as at `day`: its latest row on or before it, else its first row, else the CĐCS's column. */
export function organizationFactAt(db: Db, organizationId: number, fact: 'workers_total' | 'workers_female', day: string): number | null {
  const dated = db
    .prepare(
      `SELECT value FROM organization_facts WHERE organization_id = ? AND fact = ?
       ORDER BY (valid_from <= ?) DESC, CASE WHEN valid_from <= ? THEN valid_from END DESC, valid_from ASC LIMIT 1`,
    )
    .pluck()
    .get(organizationId, fact, day, day) as number | null | undefined;
  if (dated !== undefined) return dated;
  return scalar(db, `SELECT ${fact} FROM organizations WHERE id = ?`, intOrNull).get(organizationId) ?? null;
}
