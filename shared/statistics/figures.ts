/**
 * The figures of a year (the statistics of the year-end report, the actuals of targets), as
 * computed from the database by electron/backend/statistics. Codes are stable: reports store
 * overrides against them and the CLI prints them.
 */
export interface YearFigure {
  /** Stable code, e.g. "unions.total", "members.admitted". */
  code: string;
  /** The report table it belongs to, e.g. "organization", "emulation", "awards", "care". */
  section: string;
  /** In the requested language. */
  label: string;
  /** Đơn vị tính, in the requested language: "CĐCS", "đoàn viên", "đồng", "%". */
  unit: string;
  /** null when the data has nothing to count it from (then a typed value is needed). */
  value: number | null;
  /** The same figure for the year before, null where unknown. */
  lastYear: number | null;
  /** The year's target for this figure (targets whose metric is this code), null when none. */
  target: number | null;
  /** A Mẫu 2-HĐCĐ figure: where its value comes from (returned forms, the office's records). */
  mau2?: FigureOrigin;
  /** The table's title where the section is one of Mẫu 2's own (e.g. "Tình hình lao động"). */
  sectionTitle?: string;
}

export interface FigureOrigin {
  source: 'office' | 'forms' | 'mixed' | 'none';
  formsReturned: number;
  formsExpected: number;
}

export type FigureSource = 'data' | 'manual' | 'override';

/** Percent of target, one decimal; null without a target. */
export function percentOfTarget(value: number | null, target: number | null): number | null {
  if (value === null || target === null || target === 0) return null;
  return Math.round((value / target) * 1000) / 10;
}
