import { rememberedPerWord } from '../../../../shared/domain/text/rememberedWords';
import { foldLabel } from '../fields/types';
import { cellText } from '../header/rowShapes';
import type { Cell } from '../workbook/types';
import { isBlank } from '../values/cellText';

/** "Người lập biểu", "Hà Nội, ngày … tháng … năm …", "Xác nhận của …", "TM. BCH", "(Ký, ghi rõ họ tên)". */
const SIGNATURE = [
  /^nguoi lap( |$)/u,
  /(^| )ngay( \d{1,2})? thang( \d{1,2})? nam( \d{1,4})?$/u,
  /^xac nhan( |$)/u,
  /^thu truong( |$)/u,
  /^t ?m (ban|bch|cong doan|ban chap hanh|ban thuong vu)( |$)/u,
  /^ky (ghi ro|va ghi ro|ten|dong dau)( |$)/u,
  /^noi nhan( |$)/u,
];

/** "Tổng cộng", "Cộng: 25", "Tổng số đoàn viên: 25 người" — but not a name such as "Tống Công Minh". */
const TOTAL = /^(tong cong|tong so|tong|cong)( (\d+|co|doan vien|dv|nguoi|so|toan|danh sach|cdcs|don vi)( |$).*)?$/u;

/** Section titles inside a list: "I. Khối hành chính", "A. CĐCS Trường …", "1) …". */
const SECTION = /^(?:[IVXLC]+|[A-Za-z]|\d{1,2})[.)]\s/u;

const isText = (cell: Cell | undefined): cell is string => typeof cell === 'string' && cell.trim() !== '';

function texts(row: readonly Cell[]): string[] {
  return row.filter(isText).map((cell) => cellText(cell));
}

/**
 * foldLabel word by word, each distinct word folded once (the same result: foldLabel turns every
 * run of spaces and punctuation into one space): every row of a big list is checked, and its
 * names repeat a few thousand words.
 */
const foldWord = rememberedPerWord(foldLabel);
const foldText = (text: string) => text.split(' ').map(foldWord).filter(Boolean).join(' ');

function isSignatureText(text: string): boolean {
  const folded = foldText(text);
  return SIGNATURE.some((pattern) => pattern.test(folded));
}

/**
 * A signature or date line under the list: everything from here on is not data. A row whose
 * name column holds anything else is a data row, whatever its other cells say.
 */
export function isSignatureRow(row: readonly Cell[], nameColumn?: number): boolean {
  const name = nameColumn === undefined ? null : (row[nameColumn] ?? null);
  if (!isBlank(name) && !(typeof name === 'string' && isSignatureText(name))) return false;
  return texts(row).some(isSignatureText);
}

/**
 * A total row: its first text is a total label and every other cell holds a number (a count)
 * or repeats the label (merged); a member or union row always has some other text.
 */
export function isTotalRow(row: readonly Cell[]): boolean {
  const first = row.find(isText);
  if (first === undefined || !TOTAL.test(foldText(first))) return false;
  return row.every((cell) => isBlank(cell) || cell === first || typeof cell === 'number' || typeof cell === 'boolean');
}

/**
 * A section title: one text merged across three or more cells, or a numbered heading such as
 * "I. Khối hành chính" in the given (name) column.
 */
export function isSectionRow(row: readonly Cell[], nameColumn: number | undefined): boolean {
  const nonBlank = row.filter((cell) => !isBlank(cell));
  if (nonBlank.length >= 3 && nonBlank.every((cell) => cell === nonBlank[0]) && typeof nonBlank[0] === 'string') return true;
  const name = nameColumn === undefined ? undefined : row[nameColumn];
  return typeof name === 'string' && SECTION.test(name);
}
