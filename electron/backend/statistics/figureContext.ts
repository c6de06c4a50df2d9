import type { FigureDefinition } from '../../../shared/statistics/catalogue';
import type { ReportingPeriod } from '../../../shared/statistics/period';
import type { Db } from '../db/connection';
import { columns, int, intOrNull, statement, textOrNull } from '../db/rows';
import { organizationFactsAt } from '../organizations';

/** What every section computes against. */
export interface FigureContext {
  db: Db;
  period: ReportingPeriod;
  /** Our office (organizations.is_own_office); null before setup, then every count is of nothing. */
  officeId: number | null;
  /** Restrict to these CĐCS (a target assigned to a CĐCS or a cluster); null = all of ours. */
  scope: ReadonlySet<number> | null;
  /** Our CĐCS at the cut-off (within the scope), from unionsAtCutoff. */
  unions: readonly UnionAtCutoff[];
}

/** A section's values by code; a code that is not in the fixed catalogue brings its definition. */
export interface SectionValues {
  values: Map<string, number | null>;
  extra?: Map<string, FigureDefinition>;
}

/**
 * SQL: the CĐCS `org` was managed by our office (@office) on the day `day`. A management row ends
 * on its valid_to (the day a move or a dissolution takes effect, when the next row starts).
 */
export function managedOn(org: string, day: string): string {
  return `EXISTS (SELECT 1 FROM organization_management om
                   WHERE om.organization_id = ${org} AND om.manager_id = @office
                     AND om.valid_from <= ${day} AND (om.valid_to IS NULL OR om.valid_to > ${day}))`;
}

export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

/**
 * Our CĐCS at the cut-off: managed by us that day, founded by then and not dissolved, with their
 * sector and workers as they were that day (organization_facts).
 */
export interface UnionAtCutoff {
  id: number;
  sector: string | null;
  workersTotal: number | null;
  workersFemale: number | null;
}

const unionsAtCutoffSql = statement(
  `SELECT o.id, o.sector, o.workers_total AS workersTotal, o.workers_female AS workersFemale
     FROM organizations o
    WHERE o.level = 'grassroots'
      AND (o.founded_on IS NULL OR o.founded_on <= @cutoff)
      AND (o.dissolved_on IS NULL OR o.dissolved_on > @cutoff)
      AND ${managedOn('o.id', '@cutoff')}`,
  columns({ id: int, sector: textOrNull, workersTotal: intOrNull, workersFemale: intOrNull }),
);

export function unionsAtCutoff(cx: Omit<FigureContext, 'unions'>): UnionAtCutoff[] {
  if (cx.officeId === null) return [];
  const rows = unionsAtCutoffSql(cx.db).all({ office: cx.officeId, cutoff: cx.period.to });
  const facts = organizationFactsAt(cx.db, cx.period.to);
  const dated = rows.map((row) => ({ ...row, ...facts.get(row.id) }));
  return cx.scope ? dated.filter((row) => cx.scope?.has(row.id)) : dated;
}
