import type { Db } from '../db/connection';
import { setOrganizationFacts, type OrganizationFact } from '../organizations/facts';

/** The figures of a Mẫu 1 that are also a CĐCS's dated facts. */
const FACT_OF_CODE: Readonly<Record<string, OrganizationFact>> = { 'workers.total': 'workers_total', 'workers.female': 'workers_female' };

export interface DatedValueChange {
  fact: OrganizationFact;
  from: number | null;
  to: number;
}

/** A fact of a CĐCS as at `day`: its latest row on or before it, else its first row, else the CĐCS's column. */
function factAt(db: Db, organizationId: number, fact: OrganizationFact, day: string): number | null {
  const dated = db
    .prepare(
      `SELECT value FROM organization_facts WHERE organization_id = ? AND fact = ?
       ORDER BY (valid_from <= ?) DESC, CASE WHEN valid_from <= ? THEN valid_from END DESC, valid_from ASC LIMIT 1`,
    )
    .pluck()
    .get(organizationId, fact, day, day) as number | null | undefined;
  if (dated !== undefined) return dated;
  return db.prepare(`SELECT ${fact} FROM organizations WHERE id = ?`).pluck().get(organizationId) as number | null;
}

/**
 * A returned form updates its CĐCS's workers and women as at the cut-off where they differ from the
 * office's records (earlier cut-offs keep theirs); returns what changed. The caller holds the transaction.
 */
export function applyReturnedFormToDatedValues(db: Db, organizationId: number, cutoff: string, values: ReadonlyMap<string, number>): DatedValueChange[] {
  const changes: DatedValueChange[] = [];
  for (const [code, fact] of Object.entries(FACT_OF_CODE)) {
    const value = values.get(code);
    if (value === undefined) continue;
    const current = factAt(db, organizationId, fact, cutoff);
    if (current !== value) changes.push({ fact, from: current, to: value });
  }
  if (changes.length > 0) setOrganizationFacts(db, organizationId, Object.fromEntries(changes.map((c) => [c.fact, c.to])), cutoff);
  return changes;
}
