import { excelSerialToIso, isValidIsoDate, parseDateVi } from '../../../../shared/domain/format/date';
import { fail, ok, type ValueResult } from '../problems/types';
import type { Cell } from '../workbook/types';
import { displayDateValue } from './cellText';

export interface DateOptions {
  /** Accept a bare year ('1985' → '1985'), as old lists give for birth dates. */
  allowYear: boolean;
  /** Today as 'YYYY-MM-DD': later dates are futureDate. */
  today: string;
}

/** No date on a member or union list is older than this year. */
export const EARLIEST_YEAR = 1900;
/** Whole numbers up to this are years, not date serials (serial 2100 is in April 1905). */
const LATEST_YEAR_NUMBER = 2100;

const DAY_MONTH_YEAR = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/u;
const ISO = /^\d{4}-\d{2}-\d{2}$/u;
const YEAR = /^\d{4}$/u;

function checkRange(value: string, cell: Cell, options: DateOptions): ValueResult<string> {
  const year = Number(value.slice(0, 4));
  if (year < EARLIEST_YEAR) return fail('invalidDate', { value: displayDateValue(cell), reason: 'tooEarly' });
  const isFuture = value.length === 4 ? year > Number(options.today.slice(0, 4)) : value > options.today;
  if (isFuture) return fail('futureDate', { value: displayDateValue(cell) });
  return ok(value);
}

function fromYear(year: string, cell: Cell, options: DateOptions): ValueResult<string> {
  if (!options.allowYear) return fail('invalidDate', { value: displayDateValue(cell), reason: 'yearOnly' });
  return checkRange(year, cell, options);
}

function fromText(text: string, cell: Cell, options: DateOptions): ValueResult<string> {
  const compact = text.replace(/\s*([/.-])\s*/gu, '$1').trim();
  if (YEAR.test(compact)) return fromYear(compact, cell, options);
  if (ISO.test(compact)) {
    return isValidIsoDate(compact) ? checkRange(compact, cell, options) : fail('impossibleDate', { value: text });
  }
  const match = DAY_MONTH_YEAR.exec(compact);
  if (match === null) return fail('invalidDate', { value: text });
  const iso = parseDateVi(compact);
  if (iso !== null) return checkRange(iso, cell, options);
  const day = Number(match[1]);
  const month = Number(match[3]);
  // 31/02/1990: a day and a month that each exist, but not together.
  if (day >= 1 && day <= 31 && month >= 1 && month <= 12) return fail('impossibleDate', { value: text });
  return fail('invalidDate', { value: text });
}

/**
 * Read a date cell: an Excel serial number (1900 date system, never through a time zone),
 * 'dd/mm/yyyy', 'd/m/yyyy', 'dd-mm-yyyy', 'dd.mm.yyyy', 'yyyy-mm-dd', or — where allowed — a bare
 * year, as a number or as text. Gives 'YYYY-MM-DD' or 'YYYY'.
 * Problems: impossibleDate (31/02/1990), futureDate (after options.today), invalidDate (anything
 * else; params.reason 'yearOnly' for a bare year where a full date is needed, 'tooEarly' before 1900).
 */
export function readDate(cell: Cell, options: DateOptions): ValueResult<string> {
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= EARLIEST_YEAR && cell <= LATEST_YEAR_NUMBER) {
      return fromYear(String(cell), cell, options);
    }
    const iso = cell >= EARLIEST_YEAR ? excelSerialToIso(cell) : null;
    if (iso === null) return fail('invalidDate', { value: displayDateValue(cell) });
    return checkRange(iso, cell, options);
  }
  if (typeof cell === 'string') return fromText(cell, cell, options);
  return fail('invalidDate', { value: cell === null ? '' : String(cell) });
}

/** Whether a cell reads as a date (used to tell a birth date from an 'x' or a count). */
export function looksLikeDate(cell: Cell): boolean {
  if (typeof cell === 'number') return cell >= EARLIEST_YEAR;
  if (typeof cell !== 'string') return false;
  const compact = cell.replace(/\s*([/.-])\s*/gu, '$1').trim();
  return YEAR.test(compact) || ISO.test(compact) || DAY_MONTH_YEAR.test(compact);
}
