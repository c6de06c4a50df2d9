import { SECTION_LABELS } from '../statistics/catalogue';
import { percentOfTarget, type YearFigure } from '../statistics/figures';
import type { ReportFigure } from './model';

/** A typed value or an override as stored for a report (table report_figures). */
export interface FigureEntry {
  code: string;
  manualValue: number | null;
  overrideValue: number | null;
  reason: string;
  note: string;
}

/**
 * The report's statistics: each computed figure with the report's own entry applied. A typed
 * value counts only where the data has none; an override only with its reason.
 */
export function applyFigureEntries(figures: YearFigure[], entries: FigureEntry[]): ReportFigure[] {
  const byCode = new Map(entries.map((e) => [e.code, e]));
  return figures.map((f) => {
    const entry = byCode.get(f.code);
    let value = f.value;
    let source: ReportFigure['source'] = 'data';
    if (entry && f.value === null && entry.manualValue !== null) {
      value = entry.manualValue;
      source = 'manual';
    } else if (entry && f.value !== null && entry.overrideValue !== null && entry.reason.trim() !== '') {
      value = entry.overrideValue;
      source = 'override';
    }
    return {
      code: f.code,
      section: f.section,
      label: f.label,
      unit: f.unit,
      value,
      computed: f.value,
      lastYear: f.lastYear,
      target: f.target,
      change: value !== null && f.lastYear !== null ? value - f.lastYear : null,
      percentOfTarget: percentOfTarget(value, f.target),
      source,
      reason: source === 'override' ? (entry?.reason ?? '') : '',
      note: entry?.note ?? '',
    };
  });
}

/** The report tables in the order of the statistics form, figures grouped by section. */
export function figureSections(figures: ReportFigure[]): { section: string; figures: ReportFigure[] }[] {
  const groups = new Map<string, ReportFigure[]>();
  for (const f of figures) {
    const group = groups.get(f.section);
    if (group) group.push(f);
    else groups.set(f.section, [f]);
  }
  return [...groups].map(([section, list]) => ({ section, figures: list }));
}

export function figureSectionTitle(section: string, locale: 'vi' | 'en' = 'vi'): string {
  return (SECTION_LABELS as Record<string, { vi: string; en: string } | undefined>)[section]?.[locale] ?? section;
}

export const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
