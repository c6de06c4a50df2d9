/**
 * A figure's cell as CĐCS write it: 1234, "1.234", "1,234", "1.234 người", "25.000.000 đồng".
 * Blank (and "-", "x") is "not reported", never 0.
 */
import { parseVietnameseNumber } from '../domain/format/number';
import { nfc } from '../domain/text/normalize';

export type FigureCell = string | number | boolean | null;

export type FigureValue = { kind: 'blank' } | { kind: 'value'; value: number } | { kind: 'invalid'; text: string; reason: 'notANumber' | 'negative' | 'notWhole' };

const NOT_REPORTED = new Set(['', '-', '–', '—', 'x', '/']);
const COMMA_THOUSANDS = /^\d{1,3}(?:,\d{3})+$/u;
const TRAILING_WORDS = /\s*[\p{L}%][\p{L}\s.%/]*$/u;

function toNumber(text: string): number | null {
  const bare = text.replace(TRAILING_WORDS, '').trim();
  if (COMMA_THOUSANDS.test(bare)) return Number(bare.replace(/,/gu, ''));
  return parseVietnameseNumber(bare);
}

export function readFigureValue(cell: FigureCell): FigureValue {
  if (cell === null || typeof cell === 'boolean') return { kind: 'blank' };
  const text = typeof cell === 'number' ? String(cell) : nfc(cell);
  if (NOT_REPORTED.has(text.toLowerCase())) return { kind: 'blank' };
  const n = typeof cell === 'number' ? cell : toNumber(text);
  if (n === null || !Number.isFinite(n)) return { kind: 'invalid', text, reason: 'notANumber' };
  if (n < 0) return { kind: 'invalid', text, reason: 'negative' };
  if (!Number.isInteger(n)) return { kind: 'invalid', text, reason: 'notWhole' };
  return { kind: 'value', value: n };
}
