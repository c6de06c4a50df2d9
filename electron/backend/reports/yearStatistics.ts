/**
 * The year-end report's statistics: one list, one value per code. Every figure Mẫu số 2-HĐCĐ has
 * is taken from the office's Mẫu 2 of the report's cut-off (rollUpFigures: returned forms, else the
 * office's records), with its source; the report's other figures (awards, member movements, CĐCS
 * founded …) from the statistics engine (computeYearFigures). The appendix, `report stats` and
 * `rollup figures` therefore print the same numbers.
 */
import { catalogueFigures } from '../../../shared/grassrootsForms/catalogue';
import type { RolledUpFigure } from '../../../shared/grassrootsForms/model';
import { isFormPeriod } from '../../../shared/grassrootsForms/period';
import type { YearFigure } from '../../../shared/statistics/figures';
import { previousPeriod } from '../../../shared/statistics/period';
import type { BackendContext } from '../core/context';
import { loadFormCatalogue, rollUpFigures } from '../grassrootsForms';
import { computeYearFigures, officeTargets, periodOf, type FigureOptions } from '../statistics';

type Ctx = Pick<BackendContext, 'db' | 'resourcesDir'>;

function mau2Of(ctx: Ctx, cutoff: string): Map<string, RolledUpFigure> {
  if (!isFormPeriod(cutoff)) return new Map();
  return new Map(rollUpFigures(ctx.db, loadFormCatalogue(ctx.resourcesDir), cutoff).map((f) => [f.code, f]));
}

const origin = (f: RolledUpFigure) => ({ source: f.source, formsReturned: f.formsReturned, formsExpected: f.formsExpected });

/** The report's figures of a year: Mẫu 2's where it has the code, the statistics engine's elsewhere. */
export function reportYearFigures(ctx: Ctx, options: FigureOptions): YearFigure[] {
  const figures = computeYearFigures(ctx.db, options);
  const period = periodOf(options);
  const now = mau2Of(ctx, period.to);
  if (now.size === 0) return figures;
  const before = mau2Of(ctx, previousPeriod(period).to);
  const lastYearOf = (code: string, fallback: number | null) => (before.size > 0 ? (before.get(code)?.value ?? null) : fallback);
  const shared = figures.map((f): YearFigure => {
    const m = now.get(f.code);
    return m ? { ...f, value: m.value, lastYear: lastYearOf(f.code, f.lastYear), mau2: origin(m) } : f;
  });
  const known = new Set(figures.map((f) => f.code));
  const reportSections = new Set(figures.map((f) => f.section));
  const sections = loadFormCatalogue(ctx.resourcesDir).sections;
  const titleOf = new Map(sections.map((s) => [s.key, s.label]));
  const targets = officeTargets(ctx.db, options.year);
  const own = [...now.values()]
    .filter((m) => !known.has(m.code))
    .map((m): YearFigure => ({
      code: m.code,
      section: m.section,
      label: m.label,
      unit: m.unit,
      value: m.value,
      lastYear: lastYearOf(m.code, null),
      target: targets.get(m.code) ?? null,
      mau2: origin(m),
      ...(reportSections.has(m.section) ? {} : { sectionTitle: titleOf.get(m.section) ?? m.section }),
    }));
  // Mẫu 2's own rows join the report's table of the same section; a section the report lacks keeps its place in the form:
  // before the report's tables when it comes before every section they share ("I. Tình hình lao động"), else after them.
  const order = catalogueFigures(loadFormCatalogue(ctx.resourcesDir)).map((f) => f.section);
  const firstShared = Math.min(...order.map((s, i) => (reportSections.has(s) ? i : Infinity)));
  const leading = own.filter((f) => !reportSections.has(f.section) && order.indexOf(f.section) < firstShared);
  const trailing = own.filter((f) => !reportSections.has(f.section) && order.indexOf(f.section) >= firstShared);
  const joined = shared.flatMap((f, i) => (shared[i + 1]?.section === f.section ? [f] : [f, ...own.filter((o) => o.section === f.section && reportSections.has(o.section))]));
  return [...leading, ...joined, ...trailing];
}
