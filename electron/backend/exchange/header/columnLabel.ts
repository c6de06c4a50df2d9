import { columnLetter } from '../../../../shared/exchange/columnLetter';
import type { HeaderMatch } from './findHeader';

export { columnLetter };


/** The header label of a column as in the file, or its letter when the header cell is blank. */
export function columnLabelOf(header: Pick<HeaderMatch, 'columns'>, index: number | undefined): string {
  if (index === undefined) return '';
  return header.columns.find((column) => column.index === index)?.label ?? `Cột ${columnLetter(index)}`;
}
