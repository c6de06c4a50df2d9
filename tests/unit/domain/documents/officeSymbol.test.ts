import { describe, expect, it } from 'vitest';
import { officeSymbol, suggestDocumentNumber } from '../../../../shared/domain/documents/officeSymbol';

describe('officeSymbol', () => {
  it('takes the symbol set in the settings first', () => {
    expect(officeSymbol(' CĐPCM ', 'CĐ phường Chương Mỹ', 'Công đoàn phường Chương Mỹ')).toBe('CĐPCM');
  });
  it('derives it from the names otherwise', () => {
    expect(officeSymbol('', 'LĐLĐ', 'Liên đoàn Lao động quận Ba Đình')).toBe('LĐLĐ');
    expect(officeSymbol('', '', 'Liên đoàn Lao động huyện Chương Mỹ')).toBe('LĐLĐ');
    expect(officeSymbol('', 'CĐ phường Chương Mỹ', 'Công đoàn phường Chương Mỹ')).toBe('CĐP');
    expect(officeSymbol('', '', 'Công đoàn xã Tân Ước')).toBe('CĐX');
    expect(officeSymbol('', 'LĐLĐ Chương Mỹ', 'Công đoàn phường Chương Mỹ')).toBe('LĐLĐ');
  });
});

describe('suggestDocumentNumber', () => {
  it('numbers on from the year\'s largest of the same type and keeps the last symbol used', () => {
    expect(suggestDocumentNumber(['03/BC-LĐLĐ', '12/QĐ-LĐLĐ', '07/BC-LĐLĐ'], 'BC', 'CĐP')).toEqual({ number: '08/BC-LĐLĐ', sequence: 8 });
  });
  it('starts at 01 with the office symbol in a new year', () => {
    expect(suggestDocumentNumber([], 'TTr', 'CĐP')).toEqual({ number: '01/TTr-CĐP', sequence: 1 });
  });
});
