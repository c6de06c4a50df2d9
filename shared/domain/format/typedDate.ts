/*
 * What a clerk types into a date field, read as an ISO date: 26/12/2025, 26-12-2025, 26.12.2025,
 * 26/12/25, 26122025, 261225 (and an ISO date pasted in). Nothing typed is empty (null); an
 * impossible date (31/02/2025) or unreadable text is refused with a reason, never replaced.
 */
import { isValidIsoDate, parseIsoDate } from './date';

export type TypedDateError = 'format' | 'impossible';
export type TypedDate = { ok: true; value: string | null } | { ok: false; error: TypedDateError };

const SEPARATED = /^(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{2}|\d{4})$/u;
const DIGITS = /^(\d{2})(\d{2})(\d{2}|\d{4})$/u;
const ISO = /^\d{4}-\d{2}-\d{2}$/u;

/** A two-digit year in the hundred years that end 20 years after the working year. */
export function fullYear(twoDigits: number, workingYear: number): number {
  const candidate = Math.floor(workingYear / 100) * 100 + twoDigits;
  if (candidate > workingYear + 20) return candidate - 100;
  return candidate <= workingYear - 80 ? candidate + 100 : candidate;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function parseTypedDate(text: string, workingYear: number): TypedDate {
  const cleaned = text.trim();
  if (cleaned === '') return { ok: true, value: null };
  if (ISO.test(cleaned)) return isValidIsoDate(cleaned) ? { ok: true, value: cleaned } : { ok: false, error: 'impossible' };
  const match = SEPARATED.exec(cleaned) ?? DIGITS.exec(cleaned);
  if (match === null) return { ok: false, error: 'format' };
  const day = Number(match[1]);
  const month = Number(match[2]);
  const yearText = match[3] ?? '';
  const year = yearText.length === 2 ? fullYear(Number(yearText), workingYear) : Number(yearText);
  const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  return isValidIsoDate(iso) ? { ok: true, value: iso } : { ok: false, error: 'impossible' };
}

/**
 * The date a new form starts with: today when the working year is this year, otherwise the
 * last day of a past working year or the first day of a future one — never a date outside it.
 */
export function defaultDateInYear(workingYear: number, today: string): string {
  const year = parseIsoDate(today)?.year;
  if (year === workingYear) return today;
  return year !== undefined && workingYear < year ? `${pad(workingYear, 4)}-12-31` : `${pad(workingYear, 4)}-01-01`;
}
