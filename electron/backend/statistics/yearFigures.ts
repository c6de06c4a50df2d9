/**
 * The figures of a statistics year (Mẫu số 2-HĐCĐ), computed from the database.
 *
 * Reporting period: year Y runs from the day after the previous cut-off to the cut-off, both
 * inclusive. The default cut-off is 30/11/Y, so 01/12/(Y−1)–30/11/Y; `cutoff` moves it (and the
 * previous cut-off with it: one year earlier). Stock figures — CĐCS, workers, members — are "as at
 * the cut-off": a CĐCS counts when our office managed it that day (organization_management) and it
 * was founded and not dissolved; members are re-placed from member_movements, so later changes
 * never alter a past cut-off. Flow figures (founded, admitted, awards decided …) count what is
 * dated inside the period. Emulation and care figures follow their rows' `year` (= Y); proposals
 * follow award_proposals.year. `lastYear` is the same computation for Y−1 with its own period.
 * `target` is the targets row of Y assigned to our office by the upper level with metric = code.
 */
import type { Locale } from '../../../shared/i18n/locale';
import { FIGURE_SECTIONS, FIGURES, figureLabel, isFixedFigure, unitLabel, type FigureDefinition } from '../../../shared/statistics/catalogue';
import type { YearFigure } from '../../../shared/statistics/figures';
import { previousPeriod, reportingPeriod, type ReportingPeriod } from '../../../shared/statistics/period';
import type { Db } from '../db/connection';
import { columns, real, statement, textOrNull } from '../db/rows';
import { FigureSession } from './figureSession';

export interface FigureOptions {
  year: number;
  locale: Locale;
  /** The cut-off date of the statistics (ISO); default 30 November of the year. */
  cutoff?: string;
}

const officeTargetsSql = statement(
  `SELECT metric, target FROM targets
    WHERE year = ? AND assigned_by = 'upper' AND assignee_organization_id IS NULL AND assignee_cluster_id IS NULL AND metric IS NOT NULL
    ORDER BY position, id`,
  columns({ metric: textOrNull, target: real }),
);

/** Targets assigned to our office by the upper level, by metric (the first by position wins). */
export function officeTargets(db: Db, year: number): Map<string, number> {
  const rows = officeTargetsSql(db).all(year);
  const targets = new Map<string, number>();
  for (const { metric, target } of rows) if (metric !== null && !targets.has(metric)) targets.set(metric, target);
  return targets;
}

function definitionOf(code: string, extra: Map<string, FigureDefinition>): FigureDefinition | undefined {
  return isFixedFigure(code) ? FIGURES[code] : extra.get(code);
}

export function periodOf(options: Pick<FigureOptions, 'year' | 'cutoff'>): ReportingPeriod {
  return reportingPeriod(options.year, options.cutoff);
}

/** Every figure of a year, computed from the database. */
export function computeYearFigures(db: Db, options: FigureOptions): YearFigure[] {
  const period = periodOf(options);
  const session = new FigureSession(db);
  const last = previousPeriod(period);
  session.prepare([period, last]);
  const now = session.officeValues(period);
  const before = session.officeValues(last);
  const extra = new Map([...before.extra, ...now.extra]);
  const targets = officeTargets(db, options.year);
  // The forms of award go under the office's awards, the rest (none yet) at the end.
  const forms = [...extra.keys()].sort();
  const codes = Object.keys(FIGURES).flatMap((code) => (code === 'awards.own.money' ? [code, ...forms] : [code]));
  const figures: YearFigure[] = [];
  for (const code of codes) {
    const definition = definitionOf(code, extra);
    if (!definition) continue;
    figures.push({
      code,
      section: definition.section,
      label: figureLabel(definition, options.year, options.locale),
      unit: unitLabel(definition.unit, options.locale),
      // A form of award given in one year only counts 0 in the other.
      value: now.values.get(code) ?? (extra.has(code) ? 0 : null),
      lastYear: before.values.get(code) ?? (extra.has(code) ? 0 : null),
      target: targets.get(code) ?? null,
    });
  }
  const order: readonly string[] = FIGURE_SECTIONS;
  return figures.sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section));
}
