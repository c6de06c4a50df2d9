import type { Sex } from '../../../../shared/members/model';
import { rememberedPerWord } from '../../../../shared/domain/text/rememberedWords';
import { foldLabel } from '../fields/types';
import { fail, ok, type ValueResult } from '../problems/types';
import type { Cell } from '../workbook/types';
import { displayValue } from './cellText';
import { looksLikeDate } from './date';

/** A column of choices repeats a few values (Nam, Nữ, x) over every row: each is folded once. */
const foldChoice = rememberedPerWord(foldLabel, 1_000);

const MALE = new Set(['nam', 'm', 'male', 'trai', 'gioi tinh nam']);
const FEMALE = new Set(['nu', 'f', 'female', 'gai', 'gioi tinh nu']);

/** Read a sex column: Nam / Nữ (any case, with or without marks), M / F. Problem: invalidSex. */
export function readSex(cell: Cell): ValueResult<Sex> {
  const folded = typeof cell === 'string' ? foldChoice(cell) : '';
  if (MALE.has(folded)) return ok('male');
  if (FEMALE.has(folded)) return ok('female');
  return fail('invalidSex', { value: displayValue(cell) });
}

/** The marks that tick a box: x, v, ✓, "có", 1, TRUE. */
const TICKS = new Set(['x', 'v', 'co', '1', 'yes', 'true', 'dung']);
const TICK_SYMBOLS = /^[✓✔√☑]$/u;

export function isTick(cell: Cell): boolean {
  if (cell === true || cell === 1) return true;
  if (typeof cell !== 'string') return false;
  return TICK_SYMBOLS.test(cell.trim()) || TICKS.has(foldChoice(cell));
}

const TRUE_WORDS = new Set(['dang vien', 'dv', 'la dang vien', 'dang vien chinh thuc', 'dang vien du bi', 'cv', 'co roi']);
const FALSE_WORDS = new Set(['', 'khong', 'k', 'no', 'false', '0', 'chua', 'quan chung']);

/**
 * Read a yes/no column such as "Đảng viên": a tick (x, có, 1 …) or a date (the day the person
 * joined) is yes; blank, "không", 0, "-" is no. Problem: invalidBoolean.
 */
export function readBoolean(cell: Cell): ValueResult<boolean> {
  if (cell === null || cell === false || cell === 0) return ok(false);
  if (isTick(cell) || looksLikeDate(cell)) return ok(true);
  if (typeof cell === 'string') {
    const folded = foldChoice(cell);
    if (TRUE_WORDS.has(folded)) return ok(true);
    if (FALSE_WORDS.has(folded)) return ok(false);
  }
  return fail('invalidBoolean', { value: displayValue(cell) });
}
