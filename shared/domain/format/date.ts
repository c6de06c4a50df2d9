/*
 * Calendar dates as ISO 'YYYY-MM-DD' strings, with no time zones involved: dates are never
 * parsed with `new Date(string)` (which reads some formats as UTC and others as local time).
 */

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/u;
const VI_PATTERN = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/u;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function toIso(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Split a valid ISO date into numbers, or null. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } | null {
  const match = ISO_PATTERN.exec(iso);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isValidYmd(year, month, day) ? { year, month, day } : null;
}

/** True for an existing calendar date written exactly as 'YYYY-MM-DD'. */
export function isValidIsoDate(iso: string): boolean {
  return parseIsoDate(iso) !== null;
}

/** '2025-12-05' → '05/12/2025'. Throws RangeError for an invalid date. */
export function formatDateVi(iso: string): string {
  const date = parseIsoDate(iso);
  if (date === null) throw new RangeError(`Invalid ISO date: ${iso}`);
  return `${pad(date.day, 2)}/${pad(date.month, 2)}/${pad(date.year, 4)}`;
}

/**
 * Parse a Vietnamese day/month/year date: '5/12/2025', '05/12/2025', '05-12-2025' or
 * '05.12.2025' (one separator throughout) → '2025-12-05'. Null for impossible dates
 * (31/02, 29/02 outside leap years) and anything else.
 */
export function parseDateVi(text: string): string | null {
  const match = VI_PATTERN.exec(text.trim());
  if (match === null) return null;
  const day = Number(match[1]);
  const month = Number(match[3]);
  const year = Number(match[4]);
  return isValidYmd(year, month, day) ? toIso(year, month, day) : null;
}

/** Days since 1970-01-01 → ISO date, in the proleptic Gregorian calendar (UTC arithmetic). */
function isoFromEpochDays(days: number): string {
  const d = new Date(days * 86_400_000);
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const EPOCH_DAYS_1899_12_31 = Date.UTC(1899, 11, 31) / 86_400_000;

/**
 * Excel 1900 date system serial → ISO date. Serial 1 is 1900-01-01. Excel (copying Lotus 1-2-3)
 * counts a 29 February 1900 that never existed as serial 60, so serials from 61 on are one day
 * ahead of a plain count: 61 is 1900-03-01. Serial 60 has no real date and gives null, as do
 * serials below 1 and non-finite values. A time-of-day fraction is dropped.
 */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole === 60) return null;
  const dayCount = whole > 60 ? whole - 1 : whole;
  const iso = isoFromEpochDays(EPOCH_DAYS_1899_12_31 + dayCount);
  return isValidIsoDate(iso) ? iso : null;
}

/** Today's date in the local calendar (the date the user sees on the PC clock). */
export function todayIso(now: Date = new Date()): string {
  return toIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
