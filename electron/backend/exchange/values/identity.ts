import { fail, ok, type ValueResult } from '../problems/types';
import type { Cell } from '../workbook/types';
import { displayValue } from './cellText';

/**
 * Read a citizen ID (số CCCD / số định danh cá nhân): 12 digits, kept as text.
 * Text: spaces, dots and a leading apostrophe are dropped; it must then be exactly 12 digits
 * (9 digits is an old CMND: reason 'oldCmnd'). A number cell has lost its leading zeros (every
 * CCCD starts with the 0 of its province code), so 9–11 digits are padded to 12 with zeros.
 * Problems: invalidCccd with params.reason 'length' | 'oldCmnd' | 'notDigits' and params.digits.
 */
export function readCccd(cell: Cell): ValueResult<string> {
  const value = displayValue(cell);
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 0) return fail('invalidCccd', { value, reason: 'notDigits' });
    const digits = String(cell);
    if (digits.length === 12) return ok(digits);
    if (digits.length >= 9 && digits.length <= 11) return ok(digits.padStart(12, '0'));
    return fail('invalidCccd', { value, reason: 'length', digits: digits.length });
  }
  if (typeof cell !== 'string') return fail('invalidCccd', { value, reason: 'notDigits' });
  const digits = cell.replace(/^'/u, '').replace(/[\s.]/gu, '');
  if (!/^\d+$/u.test(digits)) return fail('invalidCccd', { value, reason: 'notDigits' });
  if (digits.length === 12) return ok(digits);
  if (digits.length === 9) return fail('invalidCccd', { value, reason: 'oldCmnd', digits: 9 });
  return fail('invalidCccd', { value, reason: 'length', digits: digits.length });
}

/**
 * Read a Vietnamese phone number: spaces, dots, dashes and brackets dropped, +84/84 → 0; a number
 * cell lost its leading 0, which is put back. Valid: 0 followed by 9 digits (mobile) or 10
 * (landline with area code). Problem: invalidPhone.
 */
export function readPhone(cell: Cell): ValueResult<string> {
  const value = displayValue(cell);
  let digits: string;
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell <= 0) return fail('invalidPhone', { value });
    digits = `0${String(cell)}`;
  } else if (typeof cell === 'string') {
    digits = cell.replace(/^'/u, '').replace(/[\s.\-()]/gu, '');
    if (digits.startsWith('+84')) digits = `0${digits.slice(3)}`;
    else if (/^84\d{9,10}$/u.test(digits)) digits = `0${digits.slice(2)}`;
  } else {
    return fail('invalidPhone', { value });
  }
  return /^0\d{9,10}$/u.test(digits) ? ok(digits) : fail('invalidPhone', { value });
}
