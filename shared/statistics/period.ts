/**
 * The reporting period of statistics year Y (Mẫu số 2-HĐCĐ): from the day after the previous
 * cut-off to the cut-off, both inclusive. The default cut-off is 30/11/Y, so the period is
 * 01/12/(Y−1)–30/11/Y. A `cutoff` option moves the end; the start is then the day after the same
 * day-and-month of Y−1. Stock figures (CĐCS, members) are counted "as at the cut-off"; flow
 * figures (admitted, founded, awards …) count what is dated inside the period.
 */
export interface ReportingPeriod {
  year: number;
  /** ISO date, first day of the period. */
  from: string;
  /** ISO date, the cut-off (last day). */
  to: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function defaultCutoff(year: number): string {
  return `${year}-11-30`;
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The same day and month one year earlier (29/02 becomes 28/02). */
function yearBefore(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${String(y - 1).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function reportingPeriod(year: number, cutoff?: string | null): ReportingPeriod {
  const to = cutoff && ISO.test(cutoff) ? cutoff : defaultCutoff(year);
  return { year, from: addDays(yearBefore(to), 1), to };
}

/** The period of year − 1, its cut-off one year before this one. */
export function previousPeriod(period: ReportingPeriod): ReportingPeriod {
  return reportingPeriod(period.year - 1, yearBefore(period.to));
}
