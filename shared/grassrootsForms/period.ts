/**
 * A Mẫu 1 period is its cut-off: 31/5 or 30/11 of a year. The figures that flow (admissions …)
 * count from the day after the previous 30/11 up to the cut-off; "Kỳ trước" is the cut-off before.
 */
import type { ReportingPeriod } from '../statistics/period';

const FORM_PERIOD = /^(\d{4})-(05-31|11-30)$/u;

export function isFormPeriod(iso: string): boolean {
  return FORM_PERIOD.test(iso);
}

export function formPeriodYear(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function previousFormPeriod(iso: string): string {
  const year = formPeriodYear(iso);
  return iso.endsWith('-11-30') ? `${year}-05-31` : `${year - 1}-11-30`;
}

/** The statistics period the office's own figures of a form are counted over. */
export function formStatisticsPeriod(iso: string): ReportingPeriod {
  const year = formPeriodYear(iso);
  return { year, from: `${year - 1}-12-01`, to: iso };
}
