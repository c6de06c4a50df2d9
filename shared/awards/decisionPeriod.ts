import { reportingPeriod, type ReportingPeriod } from '../statistics/period';

/**
 * The default date of a new decision in working year Y: today when today falls in Y's statistics
 * period (01/12/(Y−1)–30/11/Y by default), else the period's cut-off. Never 01/12/Y, which already
 * counts in Y+1, and never a date of another period only because the PC clock says so.
 */
export function defaultDecisionDate(workingYear: number, today: string, cutoff?: string | null): string {
  const period = reportingPeriod(workingYear, cutoff);
  return today >= period.from && today <= period.to ? today : period.to;
}

/** The statistics year a date counts in (default cut-off 30/11): a decision of 05/12/2026 counts in 2027. */
export function statisticsYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const period = reportingPeriod(year);
  return isoDate > period.to ? year + 1 : year;
}

/** The period a decision's date falls in when it is not the working year's; null when it is. */
export function otherPeriod(workingYear: number, isoDate: string): ReportingPeriod | null {
  const year = statisticsYearOf(isoDate);
  return year === workingYear ? null : reportingPeriod(year);
}
