import { foldLabel } from '../fields/types';
import { cellText } from '../header/rowShapes';
import type { Cell } from '../workbook/types';
import { isBlank } from '../values/cellText';
import { EARLIEST_YEAR } from '../values/date';

/** "Người lập biểu", "Hà Nội, ngày … tháng … năm …", "Xác nhận của …", "TM. BCH", "(Ký, ghi rõ họ tên)". */
const SIGNATURE = [
  /^nguoi lap( |$)/u,
  /(^| )ngay( \S+)? thang( \S+)? nam( |$)/u,
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

function texts(row: readonly Cell[]): string[] {
  return row.filter((cell) => typeof cell === 'string' && cell.trim() !== '').map((cell) => cellText(cell));
}

/** A signature or date line under the list: everything from here on is not data. */
export function isSignatureRow(row: readonly Cell[]): boolean {
  return texts(row).some((text) => {
    const folded = foldLabel(text);
    return SIGNATURE.some((pattern) => pattern.test(folded));
  });
}

/**
 * A total row: its first text is a total label and its other cells hold only counts (numbers
 * below 1900, which cannot be a year or a date), or repeat the label (merged).
 */
export function isTotalRow(row: readonly Cell[]): boolean {
  const [first] = texts(row);
  if (first === undefined || !TOTAL.test(foldLabel(first))) return false;
  return row.every(
    (cell) => isBlank(cell) || cell === first || (typeof cell === 'number' && cell < EARLIEST_YEAR) || typeof cell === 'boolean',
  );
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
