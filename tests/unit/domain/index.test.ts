import { describe, expect, it } from 'vitest';
import * as domain from '../../../shared/domain/index';

describe('shared/domain index', () => {
  it('re-exports the public functions', () => {
    const names = [
      'nfc', 'foldVietnamese', 'splitFullName', 'joinFullName', 'vietnameseSortKey',
      'personSortKey', 'formatNumber', 'formatMoney', 'parseVietnameseNumber', 'isValidIsoDate',
      'parseIsoDate', 'formatDateVi', 'parseDateVi', 'excelSerialToIso', 'todayIso',
      'formatDateLine', 'formatDocumentNumber', 'parseDocumentNumber', 'nextDocumentNumber',
      'roundUpTo', 'prizeAmount', 'baseSalaryOn', 'amountInWords',
    ];
    expect(Object.keys(domain).sort()).toEqual([...names].sort());
    expect(domain.amountInWords(564_000_000)).toBe('Năm trăm sáu mươi tư triệu đồng');
  });
});
