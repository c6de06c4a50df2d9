/*
 * What a clerk types into a money field, read as whole đồng: "120000000", "120.000.000",
 * "1,5 tỷ", "2 triệu", "500 nghìn", "2tr", "500k". Nothing typed is empty (null), never 0;
 * anything not understood is refused with a reason, never turned into a number.
 */
import { parseVietnameseNumber } from '../format/number';

export type TypedMoneyError = 'thousandsComma' | 'notANumber' | 'fraction' | 'negative' | 'tooLarge';
export type TypedMoney = { ok: true; value: number | null } | { ok: false; error: TypedMoneyError };

const UNITS: { pattern: RegExp; factor: number }[] = [
  { pattern: /^(?:tỷ|tỉ|ty|ti)$/u, factor: 1_000_000_000 },
  { pattern: /^(?:triệu|trieu|tr)$/u, factor: 1_000_000 },
  { pattern: /^(?:nghìn|nghin|ngàn|ngan|k)$/u, factor: 1_000 },
];
const CURRENCY = /\s*(?:đồng|dong|đ|vnđ|vnd)\.?$/u;
const WITH_UNIT = /^(.*?\d)\s*(\p{L}+)$/u;
const COMMA_GROUPS = /^\d{1,3}(?:,\d{3})+$/u;

function unitFactor(word: string): number | null {
  return UNITS.find((unit) => unit.pattern.test(word))?.factor ?? null;
}

export function parseTypedMoney(text: string): TypedMoney {
  const cleaned = text.normalize('NFC').replace(/[\u00a0\u202f]/gu, ' ').trim().toLowerCase().replace(CURRENCY, '').trim();
  if (cleaned === '') return { ok: true, value: null };
  let numberPart = cleaned;
  let factor = 1;
  const withUnit = WITH_UNIT.exec(cleaned);
  if (withUnit !== null) {
    const found = unitFactor(withUnit[2] ?? '');
    if (found === null) return { ok: false, error: 'notANumber' };
    numberPart = (withUnit[1] ?? '').trim();
    factor = found;
  }
  if (factor === 1 && COMMA_GROUPS.test(numberPart)) return { ok: false, error: 'thousandsComma' };
  if (numberPart.startsWith('-')) return { ok: false, error: 'negative' };
  const number = parseVietnameseNumber(numberPart);
  if (number === null) return { ok: false, error: 'notANumber' };
  // Rounding to thousandths absorbs the float error of '1,1 tỷ'; a plain amount needs none (and large ones cannot take it).
  const value = factor === 1 ? number : Math.round(number * factor * 1000) / 1000;
  if (!Number.isInteger(value)) return { ok: false, error: 'fraction' };
  if (!Number.isSafeInteger(value)) return { ok: false, error: 'tooLarge' };
  return { ok: true, value };
}

/**
 * Regroups the digits of a plain amount as it is typed ("1200000" → "1.200.000") and says where
 * the caret goes: after the same number of digits as before. Text with a comma, a unit word or
 * anything but digits, dots and spaces is left exactly as typed.
 */
export function groupTypedMoney(text: string, caret: number): { text: string; caret: number } {
  if (!/^[\d. ]*$/u.test(text) || !/\d/u.test(text)) return { text, caret };
  const digits = text.replace(/\D/gu, '').replace(/^0+(?=\d)/u, '');
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
  const trimmedZeros = text.replace(/\D/gu, '').length - digits.length;
  const digitsBefore = Math.max(0, text.slice(0, caret).replace(/\D/gu, '').length - trimmedZeros);
  let seen = 0;
  let position = 0;
  while (position < grouped.length && seen < digitsBefore) {
    if (/\d/u.test(grouped[position] ?? '')) seen += 1;
    position += 1;
  }
  return { text: grouped, caret: position };
}

/** The text a stored amount shows in the field: 120000000 → "120.000.000", null → "". */
export function showTypedMoney(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
}
