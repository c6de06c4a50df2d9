/*
 * Vietnamese number formatting: '.' groups thousands, ',' marks decimals (1.234.567,5).
 * Written by hand rather than with Intl so the output does not depend on the ICU data of
 * whichever runtime (Node, Electron, CLI) runs it.
 */

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/gu, separator);
}

/**
 * Format a number the Vietnamese way, rounded to at most `maxFractionDigits` decimals with
 * trailing zeros dropped: 1234567 → '1.234.567', 1234.5 → '1.234,5', -0.5 → '-0,5'.
 * Non-finite numbers give ''.
 */
export function formatNumber(n: number, maxFractionDigits = 3): string {
  if (!Number.isFinite(n)) return '';
  const fixed = Math.abs(n).toFixed(maxFractionDigits);
  const [intPart = '0', rawFraction = ''] = fixed.split('.');
  const fraction = rawFraction.replace(/0+$/u, '');
  const isZero = /^0*$/u.test(intPart + fraction);
  const sign = n < 0 && !isZero ? '-' : '';
  return sign + groupThousands(intPart, '.') + (fraction === '' ? '' : ',' + fraction);
}

/** An amount of đồng, rounded to a whole number: 1234567 → '1.234.567 đ'. */
export function formatMoney(n: number): string {
  const text = formatNumber(n, 0);
  return text === '' ? '' : `${text} đ`;
}

// Either no grouping, or groups of three separated consistently by '.' or by spaces.
const NUMBER_PATTERN = /^([+-]?)(\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?$/u;
const CURRENCY_SUFFIX = /\s*(?:đồng|đ|vnđ|vnd)$/iu;

/**
 * Parse a number written the Vietnamese way: '1.234.567' → 1234567, '1.234,5' → 1234.5,
 * '1 234 567' → 1234567, '-12' → -12. A trailing 'đ', 'đồng', 'VNĐ' or 'VND' is allowed.
 * Returns null for anything else: '', 'abc', '1.23.456' (bad grouping), '1,2,3', '1.5'.
 */
export function parseVietnameseNumber(text: string): number | null {
  const cleaned = text
    .normalize('NFC')
    .replace(/[\u00a0\u202f]/gu, ' ')
    .trim()
    .replace(CURRENCY_SUFFIX, '');
  const match = NUMBER_PATTERN.exec(cleaned);
  if (match === null) return null;
  const [, sign = '', intPart = '', fraction] = match;
  const digits = intPart.replace(/[. ]/gu, '');
  const value = Number(digits + (fraction === undefined ? '' : '.' + fraction));
  if (!Number.isFinite(value)) return null;
  return sign === '-' ? -value : value;
}
