import type { Locale } from '../../../shared/i18n/locale';
import type { YearFigure } from '../../../shared/statistics/figures';
import type { Db } from '../db/connection';

export interface FigureOptions {
  year: number;
  locale: Locale;
  /** The cut-off date of the statistics (ISO); default 30 November of the year. */
  cutoff?: string;
}

/** Every figure of a year, computed from the database. */
export function computeYearFigures(db: Db, options: FigureOptions): YearFigure[] {
  void db;
  void options;
  return [];
}
