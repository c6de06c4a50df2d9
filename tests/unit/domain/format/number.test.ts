import { describe, expect, it } from 'vitest';
import {
  formatMoney,
  formatNumber,
  parseVietnameseNumber,
} from '../../../../shared/domain/format/number';

describe('formatNumber', () => {
  it('groups thousands with dots', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000)).toBe('1.000');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(59850000000)).toBe('59.850.000.000');
  });

  it('writes decimals after a comma, dropping trailing zeros', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(0.25)).toBe('0,25');
    expect(formatNumber(12.0)).toBe('12');
  });

  it('rounds to three decimals by default, or as asked', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0,3');
    expect(formatNumber(2 / 3)).toBe('0,667');
    expect(formatNumber(1234.5678, 2)).toBe('1.234,57');
    expect(formatNumber(155.4, 0)).toBe('155');
  });

  it('handles negative numbers and never prints -0', () => {
    expect(formatNumber(-1234567.25)).toBe('-1.234.567,25');
    expect(formatNumber(-0.0001)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
  });

  it('returns an empty string for non-finite numbers', () => {
    expect(formatNumber(Number.NaN)).toBe('');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('');
  });
});

describe('formatMoney', () => {
  it('formats whole đồng with the currency sign', () => {
    expect(formatMoney(1234567)).toBe('1.234.567 đ');
    expect(formatMoney(564000000)).toBe('564.000.000 đ');
    expect(formatMoney(0)).toBe('0 đ');
  });

  it('rounds to whole đồng', () => {
    expect(formatMoney(1500.6)).toBe('1.501 đ');
  });

  it('returns an empty string for non-finite numbers', () => {
    expect(formatMoney(Number.NaN)).toBe('');
  });
});

describe('parseVietnameseNumber', () => {
  it('reads dots as thousands separators and the comma as the decimal mark', () => {
    expect(parseVietnameseNumber('1.234.567')).toBe(1234567);
    expect(parseVietnameseNumber('1.234,5')).toBe(1234.5);
    expect(parseVietnameseNumber('0,5')).toBe(0.5);
    expect(parseVietnameseNumber('1234,56')).toBe(1234.56);
    expect(parseVietnameseNumber('1234')).toBe(1234);
  });

  it('accepts spaces as thousands separators, signs, and a currency suffix', () => {
    expect(parseVietnameseNumber('1 234 567')).toBe(1234567);
    expect(parseVietnameseNumber('1\u00a0234')).toBe(1234);
    expect(parseVietnameseNumber('-1.000')).toBe(-1000);
    expect(parseVietnameseNumber('+7')).toBe(7);
    expect(parseVietnameseNumber(' 1.234.567 đ ')).toBe(1234567);
    expect(parseVietnameseNumber('564.000.000 đồng')).toBe(564000000);
    expect(parseVietnameseNumber('12đ')).toBe(12);
    expect(parseVietnameseNumber('2.340.000 VNĐ')).toBe(2340000);
  });

  it('returns null for junk and badly grouped numbers', () => {
    for (const junk of [
      '',
      '   ',
      'abc',
      'đ',
      '1.23.456',
      '12.34',
      '1.5',
      '1234.567',
      '1,2,3',
      '1.234,',
      ',5',
      '1.234 567',
      '12a',
      '--1',
    ]) {
      expect(parseVietnameseNumber(junk), junk).toBeNull();
    }
  });

  it('reads back what formatNumber writes', () => {
    for (const n of [0, 7, 1234.5, -1234567.25, 59850000000]) {
      expect(parseVietnameseNumber(formatNumber(n))).toBe(n);
    }
  });
});
