import { formatDateVi, excelSerialToIso } from '../../../../shared/domain/format/date';
import type { Cell } from '../workbook/types';

/** The cell as the user wrote it, for messages: text as is, numbers as digits, true/false. */
export function displayValue(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(cell).replace('.', ',');
  return String(cell);
}

/** A date cell for messages: a serial number shown as the date it stands for (dd/mm/yyyy). */
export function displayDateValue(cell: Cell): string {
  if (typeof cell === 'number' && cell >= 1900 && !(Number.isInteger(cell) && cell <= 2100)) {
    const iso = excelSerialToIso(cell);
    if (iso !== null) return formatDateVi(iso);
  }
  return displayValue(cell);
}

/** A text field's value: strings as read, numbers as digits ('12345', not 12345). */
export function cellToText(cell: Cell): string {
  if (cell === null) return '';
  return typeof cell === 'string' ? cell.trim() : String(cell);
}

export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}
