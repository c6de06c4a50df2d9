import { SECTION_LABELS } from '../statistics/catalogue';
import { percentOfTarget, type YearFigure } from '../statistics/figures';
import type { ReportFigure } from './model';
import { sourceNote } from '../grassrootsForms/sourceNote';

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
      ...(f.mau2 ? { mau2: f.mau2 } : {}),
      ...(f.sectionTitle ? { sectionTitle: f.sectionTitle } : {}),
    };
  });
}

/** The report tables in the order of the statistics form, figures grouped by section, each with its title. */
export function figureSections(figures: ReportFigure[], locale: 'vi' | 'en' = 'vi'): { section: string; title: string; figures: ReportFigure[] }[] {
  const groups = new Map<string, ReportFigure[]>();
  for (const f of figures) {
    const group = groups.get(f.section);
    if (group) group.push(f);
    else groups.set(f.section, [f]);
  }
  return [...groups].map(([section, list]) => ({ section, title: figureSectionTitle(section, locale, list[0]?.sectionTitle), figures: list }));
}

export function figureSectionTitle(section: string, locale: 'vi' | 'en' = 'vi', formTitle?: string): string {
  return (SECTION_LABELS as Record<string, { vi: string; en: string } | undefined>)[section]?.[locale] ?? formTitle ?? section;
}

/** The Ghi chú of a figure: typed, overridden, or the Mẫu 2 source of a value from returned forms ("2/3 CĐCS báo cáo"). */
export function figureRemark(f: ReportFigure): string {
  if (f.source === 'manual') return 'Nhập tay';
  if (f.source === 'override') return 'Điều chỉnh';
  return f.mau2 && (f.mau2.source === 'forms' || f.mau2.source === 'mixed') ? sourceNote(f.mau2, 'vi') : '';
}

export const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
