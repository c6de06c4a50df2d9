import type { HeaderMatch } from './findHeader';

/** Excel's name of a column: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The header label of a column as in the file, or its letter when the header cell is blank. */
export function columnLabelOf(header: Pick<HeaderMatch, 'columns'>, index: number | undefined): string {
  if (index === undefined) return '';
  return header.columns.find((column) => column.index === index)?.label ?? `Cột ${columnLetter(index)}`;
}
