import { parseIsoDate } from '../format/date';
import { nfc } from '../text/normalize';

/**
 * The place-and-date line of an administrative document (Nghị định 30/2020/NĐ-CP):
 * 'Hà Nội, ngày 05 tháng 12 năm 2025'. Days 1–9 take a leading zero; of the months only
 * 1 and 2 do ('tháng 02'), so that nobody can add a digit in front ('tháng 5', 'tháng 10').
 * With an empty place the line starts at 'ngày'. Throws RangeError for an invalid date.
 */
export function formatDateLine(place: string, isoDate: string): string {
  const date = parseIsoDate(isoDate);
  if (date === null) throw new RangeError(`Invalid ISO date: ${isoDate}`);
  const day = String(date.day).padStart(2, '0');
  const month = date.month <= 2 ? String(date.month).padStart(2, '0') : String(date.month);
  const line = `ngày ${day} tháng ${month} năm ${date.year}`;
  const where = nfc(place);
  return where === '' ? line : `${where}, ${line}`;
}
