import type { Cell } from '../workbook/types';

export function isBlankCell(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

export function isBlankRow(row: readonly Cell[] | undefined): boolean {
  return row === undefined || row.every(isBlankCell);
}

/** A cell's text as a header label: numbers and booleans as written, blanks as ''. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'string' ? cell : String(cell);
}

const NUMBER_LABEL = /^\(?(\d{1,3})\)?\.?$/u;
const LETTER_LABEL = /^\(?[A-Za-z]\)?\.?$/u;

/**
 * The numbering row many lists put under the header: 1, 2, 3 … or (1) (2) (3) …, sometimes
 * starting with letters (A, B, 1, 2 …). At least three labels, every one of them a column number,
 * the numbers rising from left to right.
 */
export function isNumberingRow(row: readonly Cell[] | undefined): boolean {
  if (row === undefined) return false;
  let count = 0;
  let last = -Infinity;
  for (const cell of row) {
    if (isBlankCell(cell)) continue;
    count++;
    if (typeof cell === 'number') {
      if (!Number.isInteger(cell) || cell <= last) return false;
      last = cell;
      continue;
    }
    const text = cellText(cell).trim();
    const number = NUMBER_LABEL.exec(text);
    if (number !== null) {
      const n = Number(number[1]);
      if (n <= last) return false;
      last = n;
      continue;
    }
    if (!LETTER_LABEL.test(text)) return false;
  }
  return count >= 3;
}
