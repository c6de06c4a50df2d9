import type { RecordChange } from '../../../shared/grassrootsForms/model';
import type { Db } from '../db/connection';
import { organizationFactAt, setOrganizationFacts, type OrganizationFact } from '../organizations';
import { columns, int, intOrNull, query, statement, text } from '../db/rows';

/** The figures of a Mẫu 1 that are also a CĐCS's dated facts. */
const FACT_OF_CODE: Readonly<Record<string, 'workers_total' | 'workers_female'>> = { 'workers.total': 'workers_total', 'workers.female': 'workers_female' };

export interface DatedValueChange {
  code: string;
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
    if (value !== undefined && current !== value) changes.push({ code, fact, from: current, to: value });
  }
  // A form whose workers are fewer than the women the office knows (and did not report) leaves the records as they are.
  const total = after.get('workers_total');
  const female = after.get('workers_female');
  if (total != null && female != null && female > total) return [];
  if (changes.length > 0) setOrganizationFacts(db, organizationId, Object.fromEntries(changes.map((c) => [c.fact, c.to])), cutoff);
  return changes;
}

/**
 * Applies a saved return to its CĐCS's records and keeps what it changed with the return
 * (form_record_changes), for the import result and the CĐCS's figures. The caller holds the transaction.
 */
export function applyReturn(db: Db, returnId: number, organizationId: number, cutoff: string, values: ReadonlyMap<string, number>): RecordChange[] {
  const changes = applyReturnedFormToDatedValues(db, organizationId, cutoff, values);
  const insert = db.prepare('INSERT INTO form_record_changes (return_id, code, before, after) VALUES (?, ?, ?, ?)');
  for (const change of changes) insert.run(returnId, change.code, change.from, change.to);
  const union = query(db, 'SELECT coalesce(code, \'\') AS code, name FROM organizations WHERE id = ?', columns({ code: text, name: text })).one(organizationId);
  return changes.map((c) => ({ unionCode: union.code, unionName: union.name, code: c.code, before: c.from, after: c.to }));
}

/** What the CĐCS's returns of a period changed in its records, the earliest first (a return equal to the records changes nothing). */
const recordChangesSql = statement(
  `SELECT coalesce(o.code, '') AS unionCode, o.name AS unionName, c.code, c.before, c.after
     FROM form_returns r JOIN form_record_changes c ON c.return_id = r.id JOIN organizations o ON o.id = r.organization_id
    WHERE r.organization_id = ? AND r.period = ? ORDER BY r.id, c.code DESC`,
  columns({ unionCode: text, unionName: text, code: text, before: intOrNull, after: int }),
);

export function recordChangesOf(db: Db, organizationId: number, period: string): RecordChange[] {
  return recordChangesSql(db).all(organizationId, period);
}
