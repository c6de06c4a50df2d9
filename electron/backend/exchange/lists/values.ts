import { excelSerialToIso } from '../../../../shared/domain/format/date';
import { parseVietnameseNumber } from '../../../../shared/domain/format/number';
import { parseTypedDate } from '../../../../shared/domain/format/typedDate';
import { parseTypedMoney } from '../../../../shared/domain/money/typedMoney';
import { foldLabel, type FieldChoice } from '../fields/types';
import { fail, ok, type ValueResult } from '../problems/types';
import { displayDateValue, displayValue } from '../values/cellText';
import type { Cell } from '../workbook/types';

/** Whole đồng: a number cell as it is, text as a clerk types it (120.000.000, 1,5 tỷ, 2 triệu). */
export function readMoney(cell: Cell): ValueResult<number | null> {
  if (typeof cell === 'number') {
    if (cell < 0) return fail('invalidMoney', { value: displayValue(cell), reason: 'negative' });
    if (!Number.isInteger(cell)) return fail('invalidMoney', { value: displayValue(cell), reason: 'fraction' });
    return ok(cell);
  }
  const typed = parseTypedMoney(cellText(cell));
  return typed.ok ? ok(typed.value) : fail('invalidMoney', { value: displayValue(cell), reason: typed.error });
}

/** Points: a number of 0 or more, decimals with a comma or a dot (2,5). */
export function readPoints(cell: Cell): ValueResult<number> {
  const value = typeof cell === 'number' ? cell : parseVietnameseNumber(cellText(cell));
  if (value === null || !Number.isFinite(value) || value < 0 || value > 10_000) return fail('invalidPoints', { value: displayValue(cell) });
  return ok(value);
}

/** A date: an Excel date cell, or text as a clerk types it (26/12/2025, 26-12-25, 26122025). */
export function readTypedDate(cell: Cell, workingYear: number): ValueResult<string | null> {
  if (typeof cell === 'number') {
    const iso = cell >= 1900 ? excelSerialToIso(cell) : null;
    return iso === null ? fail('invalidDate', { value: displayDateValue(cell) }) : ok(iso);
  }
  const typed = parseTypedDate(cellText(cell), workingYear);
  if (typed.ok) return ok(typed.value);
  return fail(typed.error === 'impossible' ? 'impossibleDate' : 'invalidDate', { value: displayValue(cell) });
}

/** One of the choices, by any of its words with or without diacritics. */
export function readChoice(cell: Cell, choices: readonly FieldChoice[]): ValueResult<string> {
  const folded = foldLabel(cellText(cell));
  const hit = choices.find((choice) => choice.words.some((word) => foldLabel(word) === folded));
  if (hit) return ok(hit.value);
  return fail('invalidChoice', { value: displayValue(cell), allowed: choices.map((c) => c.words[0]).join(', ') });
}

/** Names separated by commas, semicolons or line breaks. */
export function readNameList(cell: Cell): string[] {
  return cellText(cell)
    .split(/[,;\n]+/u)
    .map((name) => name.trim().replace(/\s+/gu, ' '))
    .filter((name) => name !== '');
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  return typeof cell === 'string' ? cell.trim() : String(cell);
}
