import { parseVietnameseNumber } from '../../../../shared/domain/format/number';
import { fail, ok, type ValueResult } from '../problems/types';
import type { Cell } from '../workbook/types';
import { displayValue } from './cellText';

/** Read a head count: a whole number ≥ 0, as a number or as text ("1.250"). Problem: invalidNumber. */
export function readCount(cell: Cell): ValueResult<number> {
  const n = typeof cell === 'number' ? cell : typeof cell === 'string' ? parseVietnameseNumber(cell) : null;
  if (n === null || !Number.isInteger(n) || n < 0) return fail('invalidNumber', { value: displayValue(cell) });
  return ok(n);
}
