import { describe, expect, it } from 'vitest';
import {
  formatDocumentNumber,
  nextDocumentNumber,
  parseDocumentNumber,
} from '../../../../shared/domain/documents/documentNumber';

describe('formatDocumentNumber', () => {
  it('joins number, type and issuer', () => {
    expect(formatDocumentNumber(15, 'BC', 'LĐLĐ')).toBe('15/BC-LĐLĐ');
    expect(formatDocumentNumber(123, 'QĐ', 'LĐLĐ')).toBe('123/QĐ-LĐLĐ');
    expect(formatDocumentNumber(10, 'KH', 'LĐLĐ')).toBe('10/KH-LĐLĐ');
  });

  it('gives numbers below 10 a leading zero', () => {
    expect(formatDocumentNumber(5, 'QĐ', 'LĐLĐ')).toBe('05/QĐ-LĐLĐ');
    expect(formatDocumentNumber(1, 'TTr', 'LĐLĐ')).toBe('01/TTr-LĐLĐ');
  });

  it('rejects numbers that are not positive integers', () => {
    expect(() => formatDocumentNumber(0, 'QĐ', 'LĐLĐ')).toThrow(RangeError);
    expect(() => formatDocumentNumber(1.5, 'QĐ', 'LĐLĐ')).toThrow(RangeError);
  });
});

describe('parseDocumentNumber', () => {
  it('reads number, type and issuer', () => {
    expect(parseDocumentNumber('123/QĐ-LĐLĐ')).toEqual({ number: 123, type: 'QĐ', issuer: 'LĐLĐ' });
    expect(parseDocumentNumber('05/QĐ-LĐLĐ')).toEqual({ number: 5, type: 'QĐ', issuer: 'LĐLĐ' });
    expect(parseDocumentNumber('933/QĐ-TLĐ')).toEqual({ number: 933, type: 'QĐ', issuer: 'TLĐ' });
  });

  it('tolerates a "Số:" prefix and spaces', () => {
    expect(parseDocumentNumber('Số: 15/BC-LĐLĐ')).toEqual({ number: 15, type: 'BC', issuer: 'LĐLĐ' });
    expect(parseDocumentNumber(' 80 / KH - LĐLĐ ')).toEqual({
      number: 80,
      type: 'KH',
      issuer: 'LĐLĐ',
    });
  });

  it('keeps hyphens inside the issuer and reads a year', () => {
    expect(parseDocumentNumber('12/HD-LĐLĐ-TC')).toEqual({
      number: 12,
      type: 'HD',
      issuer: 'LĐLĐ-TC',
    });
    expect(parseDocumentNumber('152/2025/NĐ-CP')).toEqual({
      number: 152,
      type: 'NĐ',
      issuer: 'CP',
      year: 2025,
    });
  });

  it('returns null for anything else', () => {
    for (const bad of [
      '',
      'abc',
      '15/BC',
      '/BC-LĐLĐ',
      '0/BC-LĐLĐ',
      '15-BC-LĐLĐ',
      '15/BC-',
      '15/-LĐLĐ',
      '15/BC-LĐLĐ-',
    ]) {
      expect(parseDocumentNumber(bad), bad).toBeNull();
    }
  });
});

describe('nextDocumentNumber', () => {
  const existing = [
    '01/QĐ-LĐLĐ',
    '02/QĐ-LĐLĐ',
    '15/BC-LĐLĐ',
    '07/QĐ-LĐLĐ',
    '30/QĐ-CĐCS',
    '40/QĐ-LĐLĐ-TC',
    'not a number',
  ];

  it('suggests one more than the largest of the same type and issuer', () => {
    expect(nextDocumentNumber(existing, 'QĐ', 'LĐLĐ')).toBe(8);
    expect(nextDocumentNumber(existing, 'BC', 'LĐLĐ')).toBe(16);
    expect(nextDocumentNumber(existing, 'QĐ', 'CĐCS')).toBe(31);
  });

  it('starts at 1 when there is none', () => {
    expect(nextDocumentNumber(existing, 'TTr', 'LĐLĐ')).toBe(1);
    expect(nextDocumentNumber([], 'QĐ', 'LĐLĐ')).toBe(1);
  });

  it('compares abbreviations case-insensitively', () => {
    expect(nextDocumentNumber(existing, 'qđ', 'lđlđ')).toBe(8);
  });
});
