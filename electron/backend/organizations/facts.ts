import type { Sector } from '../../../shared/organizations/levels';
import type { Db } from '../db/connection';
import { columns, int, intOrNull, oneOf, realOrNull, scalar, scalarStatement, statement, text, textOrNull } from '../db/rows';

/** The facts of a CĐCS kept with their dates (migration organization-facts). */
export type OrganizationFact = 'workers_total' | 'workers_female' | 'sector';
export const ORGANIZATION_FACTS: readonly OrganizationFact[] = ['workers_total', 'workers_female', 'sector'];

const COLUMN: Record<OrganizationFact, string> = { workers_total: 'workers_total', workers_female: 'workers_female', sector: 'sector' };

/** organization_facts.value holds a number or a text (the sector): read as two columns, one of them null. */
const FACT_VALUE = `CASE WHEN typeof(value) = 'text' THEN value END AS textValue,
  CASE WHEN typeof(value) IN ('integer', 'real') THEN value END AS numberValue`;
const factValue = { textValue: textOrNull, numberValue: realOrNull } as const;
const valueOf = (row: { textValue: string | null; numberValue: number | null }) => row.textValue ?? row.numberValue;

const organizationSql = statement(
  'SELECT founded_on AS foundedOn, created_at AS createdAt, sector, workers_total, workers_female FROM organizations WHERE id = ?',
  columns({ foundedOn: textOrNull, createdAt: text, sector: textOrNull, workers_total: intOrNull, workers_female: intOrNull }),
);
const knownSql = scalarStatement('SELECT count(*) FROM organization_facts WHERE organization_id = ? AND fact = ?', int);
const latestSql = statement(
  `SELECT ${FACT_VALUE} FROM organization_facts WHERE organization_id = ? AND fact = ? ORDER BY valid_from DESC LIMIT 1`,
  columns(factValue),
);
const allFactsSql = statement(
  `SELECT organization_id AS org, fact, valid_from AS validFrom, ${FACT_VALUE}
     FROM organization_facts ORDER BY organization_id, fact, valid_from`,
  columns({ org: int, fact: oneOf(['workers_total', 'workers_female', 'sector']), validFrom: text, ...factValue }),
);
const factAtSql = statement(
  `SELECT ${FACT_VALUE} FROM organization_facts WHERE organization_id = ? AND fact = ?
    ORDER BY (valid_from <= ?) DESC, CASE WHEN valid_from <= ? THEN valid_from END DESC, valid_from ASC LIMIT 1`,
  columns(factValue),
);

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
  const org = organizationSql(db).get(orgId);
  if (!org) return;
  const insert = db.prepare(
    `INSERT INTO organization_facts (organization_id, fact, valid_from, value) VALUES (?, ?, ?, ?)
     ON CONFLICT (organization_id, fact, valid_from) DO UPDATE SET value = excluded.value`,
  );
  const known = (fact: OrganizationFact) => knownSql(db).one(orgId, fact);
  const since = [org.foundedOn ?? org.createdAt.slice(0, 10), validFrom].sort()[0] as string;
  for (const [fact, value] of Object.entries(values) as [OrganizationFact, number | string | null][]) {
    if (known(fact) === 0 && org[fact] !== null && since < validFrom) insert.run(orgId, fact, since, org[fact]);
    insert.run(orgId, fact, validFrom, value);
  }
  const latest = (fact: OrganizationFact) => {
    const row = latestSql(db).get(orgId, fact);
    return row ? valueOf(row) : null;
  };
  const now = (fact: OrganizationFact) => (known(fact) > 0 ? latest(fact) : org[fact]);
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


/**
 * Every CĐCS's facts as at `day`: the latest row dated on or before it, or, before the first row,
 * the first row (the first value known counts from the founding). A CĐCS with no row of a fact
 * (written by a path that keeps no dates) has its current column's value.
 */
export function organizationFactsAt(db: Db, day: string): Map<number, Partial<FactsAt>> {
  const result = new Map<number, Partial<FactsAt>>();
  let previous: { org: number; fact: OrganizationFact } | undefined;
  for (const row of allFactsSql(db).iterate()) {
    const first = !previous || previous.org !== row.org || previous.fact !== row.fact;
    previous = row;
    if (!first && row.validFrom > day) continue;
    const facts = result.get(row.org) ?? {};
    if (row.fact === 'sector') facts.sector = row.textValue as Sector | null;
    else if (row.fact === 'workers_total') facts.workersTotal = row.numberValue;
    else facts.workersFemale = row.numberValue;
    result.set(row.org, facts);
  }
  return result;
}

/** A fact of a CĐCS as at `day`: its latest row on or before it, else its first row, else the CĐCS's column. */
export function organizationFactAt(db: Db, organizationId: number, fact: 'workers_total' | 'workers_female', day: string): number | null {
  const dated = factAtSql(db).get(organizationId, fact, day, day);
  if (dated !== undefined) return dated.numberValue;
  return scalar(db, `SELECT ${fact} FROM organizations WHERE id = ?`, intOrNull).get(organizationId) ?? null;
}
