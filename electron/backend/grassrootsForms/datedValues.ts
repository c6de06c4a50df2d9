import type { Db } from '../db/connection';
import { organizationFactAt, setOrganizationFacts, type OrganizationFact } from '../organizations/facts';

/** The figures of a Mẫu 1 that are also a CĐCS's dated facts. */
const FACT_OF_CODE: Readonly<Record<string, 'workers_total' | 'workers_female'>> = { 'workers.total': 'workers_total', 'workers.female': 'workers_female' };

export interface DatedValueChange {
  fact: OrganizationFact;
  from: number | null;
  to: number;
}

/**
 * A returned form updates its CĐCS's workers and women as at the cut-off where they differ from the
 * office's records (earlier cut-offs keep theirs); returns what changed. A form whose workers and
 * women would contradict each other changes nothing. The caller holds the transaction.
 */
export function applyReturnedFormToDatedValues(db: Db, organizationId: number, cutoff: string, values: ReadonlyMap<string, number>): DatedValueChange[] {
  const changes: DatedValueChange[] = [];
  const after = new Map<OrganizationFact, number | null>();
  for (const [code, fact] of Object.entries(FACT_OF_CODE)) {
    const current = organizationFactAt(db, organizationId, fact, cutoff);
    const value = values.get(code);
    after.set(fact, value ?? current);
    if (value !== undefined && current !== value) changes.push({ fact, from: current, to: value });
  }
  // A form whose workers are fewer than the women the office knows (and did not report) leaves the records as they are.
  const total = after.get('workers_total');
  const female = after.get('workers_female');
  if (total != null && female != null && female > total) return [];
  if (changes.length > 0) setOrganizationFacts(db, organizationId, Object.fromEntries(changes.map((c) => [c.fact, c.to])), cutoff);
  return changes;
}
