export { nfc, foldVietnamese } from './text/normalize';
export { splitFullName, joinFullName } from './people/name';
export type { NameParts } from './people/name';
export { vietnameseSortKey, personSortKey } from './people/sortKey';
export { formatNumber, formatMoney, parseVietnameseNumber } from './format/number';
export {
  isValidIsoDate,
  parseIsoDate,
  formatDateVi,
  parseDateVi,
  excelSerialToIso,
  todayIso,
} from './format/date';
export { formatDateLine } from './documents/dateLine';
export {
  formatDocumentNumber,
  parseDocumentNumber,
  nextDocumentNumber,
} from './documents/documentNumber';
export type { DocumentNumber } from './documents/documentNumber';
export { roundUpTo, prizeAmount, baseSalaryOn } from './money/prize';
export type { BaseSalaryRow } from './money/prize';
export { amountInWords } from './money/inWords';
