import type { Locale } from '../../../shared/i18n/locale';
import { FIGURES, UNION_SCOPED_FIGURES, isFixedFigure, unitLabel } from '../../../shared/statistics/catalogue';
import type { ReportingPeriod } from '../../../shared/statistics/period';
import { targetPercent, targetStatus, type MetricOption, type TargetView } from '../../../shared/statistics/targets';
import type { Db } from '../db/connection';
import { columns, intOrNull, scalarStatement, statement, text } from '../db/rows';
import { FigureSession, type FigureValues } from './figureSession';
import type { TargetRow } from './targetsRepository';

/** Figures the data cannot count: their actual is always typed. */
const TYPED_ONLY = new Set(['agreements.collective', 'dialogues.held']);
const SCOPED = new Set<string>(UNION_SCOPED_FIGURES);
export const AWARD_FORM_PREFIX = 'awards.own.form.';

const activeFormsSql = statement('SELECT code, name FROM award_kinds WHERE active = 1 ORDER BY category, position, id', columns({ code: text, name: text }));
const clusterUnionsSql = scalarStatement('SELECT organization_id FROM cluster_members WHERE cluster_id = ? AND organization_id IS NOT NULL', intOrNull);

/** The figures a target can name as its metric: the catalogue and one per form of award. */
export function metricOptions(db: Db, locale: Locale): MetricOption[] {
  const fixed = Object.entries(FIGURES).map(([code, definition]) => ({
    code,
    label: definition[locale],
    unit: unitLabel(definition.unit, locale),
    section: definition.section,
    computed: !TYPED_ONLY.has(code),
    scoped: SCOPED.has(code),
  }));
  const awardForms = activeFormsSql(db).all().map((form) => ({
    code: `${AWARD_FORM_PREFIX}${form.code}`,
    label: locale === 'vi' ? `Khen thưởng của đơn vị: ${form.name}` : `Awards given: ${form.name}`,
    unit: unitLabel('times', locale),
    section: 'awards',
    computed: true,
    scoped: false,
  }));
  return [...fixed, ...awardForms];
}

export function isKnownMetric(db: Db, metric: string): boolean {
  if (isFixedFigure(metric)) return true;
  if (!metric.startsWith(AWARD_FORM_PREFIX)) return false;
  return db.prepare('SELECT 1 FROM award_kinds WHERE code = ?').get(metric.slice(AWARD_FORM_PREFIX.length)) !== undefined;
}

function clusterScope(db: Db, clusterId: number): Set<number> {
  return new Set(clusterUnionsSql(db).all(clusterId).filter((id) => id !== null));
}

/**
 * The actual of every target: the figure named by its metric, computed for the period (restricted
 * to the assignee CĐCS or cluster when the figure allows it), else the typed actual.
 */
export function withActuals(db: Db, rows: TargetRow[], period: ReportingPeriod, locale: Locale): TargetView[] {
  const session = new FigureSession(db);
  let office: FigureValues | undefined;
  const scoped = new Map<string, FigureValues>();
  const labels = new Map(metricOptions(db, locale).map((option) => [option.code, option.label]));

  const computed = (row: TargetRow): number | null => {
    const metric = row.metric;
    if (!metric || TYPED_ONLY.has(metric)) return null;
    if (row.assigneeOrganizationId === null && row.assigneeClusterId === null) {
      office ??= session.officeValues(period);
      return office.values.get(metric) ?? null;
    }
    if (!SCOPED.has(metric)) return null;
    const key = row.assigneeOrganizationId !== null ? `o${row.assigneeOrganizationId}` : `c${row.assigneeClusterId}`;
    let values = scoped.get(key);
    if (!values) {
      const scope = row.assigneeOrganizationId !== null ? new Set([row.assigneeOrganizationId]) : clusterScope(db, row.assigneeClusterId ?? 0);
      values = session.scopedValues(period, scope);
      scoped.set(key, values);
    }
    return values.values.get(metric) ?? null;
  };

  return rows.map((row) => {
    const fromData = computed(row);
    const actual = fromData ?? row.manualActual;
    return {
      ...row,
      metricLabel: row.metric ? (labels.get(row.metric) ?? row.metric) : '',
      actual,
      source: fromData !== null ? 'data' : 'manual',
      percent: targetPercent(actual, row.target),
      status: targetStatus(actual, row.target),
    };
  });
}
