import { nfc } from '../text/normalize';

/*
 * Document number and symbol ("số, ký hiệu"), e.g. '15/BC-LĐLĐ': the number, then the
 * abbreviation of the document type and, after a hyphen, that of the issuer.
 */

export interface DocumentNumber {
  number: number;
  /** Document type abbreviation: QĐ, BC, KH, TTr, HD, TB, … */
  type: string;
  /** Issuer abbreviation; may itself contain hyphens ('LĐLĐ-TC'). */
  issuer: string;
  /** Year, for symbols written '152/2025/NĐ-CP'; absent otherwise. */
  year?: number;
}

/** 15, 'BC', 'LĐLĐ' → '15/BC-LĐLĐ'; numbers below 10 take a leading zero ('05/QĐ-LĐLĐ'). */
export function formatDocumentNumber(number: number, typeAbbr: string, issuerAbbr: string): string {
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new RangeError(`Document number must be a positive integer: ${number}`);
  }
  return `${String(number).padStart(2, '0')}/${nfc(typeAbbr)}-${nfc(issuerAbbr)}`;
}

const SYMBOL_PATTERN = /^(\d+)\/(?:(\d{4})\/)?([^/-]+)-([^/]+)$/u;

/**
 * '123/QĐ-LĐLĐ' → { number: 123, type: 'QĐ', issuer: 'LĐLĐ' }. Tolerates a leading 'Số:',
 * spaces around the separators, and a year ('152/2025/NĐ-CP'). Null when it is not a symbol.
 */
export function parseDocumentNumber(text: string): DocumentNumber | null {
  const compact = nfc(text)
    .replace(/^số\s*:?\s*/iu, '')
    .replace(/\s+/gu, '');
  const match = SYMBOL_PATTERN.exec(compact);
  if (match === null) return null;
  const [, digits = '', year, type = '', issuer = ''] = match;
  const number = Number(digits);
  if (!Number.isSafeInteger(number) || number < 1 || issuer.endsWith('-')) return null;
  const parsed: DocumentNumber = { number, type, issuer };
  if (year !== undefined) parsed.year = Number(year);
  return parsed;
}

function sameAbbr(a: string, b: string): boolean {
  return nfc(a).toUpperCase() === nfc(b).toUpperCase();
}

/**
 * The next number to use: one more than the largest among `existing` with the same type and
 * issuer (compared case-insensitively), or 1 if there is none. Numbering restarts every
 * calendar year, so pass only the current year's documents.
 */
export function nextDocumentNumber(existing: string[], typeAbbr: string, issuerAbbr: string): number {
  let max = 0;
  for (const text of existing) {
    const parsed = parseDocumentNumber(text);
    if (parsed === null) continue;
    if (!sameAbbr(parsed.type, typeAbbr) || !sameAbbr(parsed.issuer, issuerAbbr)) continue;
    max = Math.max(max, parsed.number);
  }
  return max + 1;
}
