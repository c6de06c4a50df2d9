import { describe, expect, it } from 'vitest';
import { formatDateLine } from '../../../../shared/domain/documents/dateLine';

describe('formatDateLine', () => {
  it('writes the place-and-date line', () => {
    expect(formatDateLine('Hà Nội', '2025-12-05')).toBe('Hà Nội, ngày 05 tháng 12 năm 2025');
  });

  it('pads days 1–9 and only months 1 and 2', () => {
    expect(formatDateLine('Hà Nội', '2025-05-14')).toBe('Hà Nội, ngày 14 tháng 5 năm 2025');
    expect(formatDateLine('Hà Nội', '2026-02-05')).toBe('Hà Nội, ngày 05 tháng 02 năm 2026');
    expect(formatDateLine('Hà Nội', '2025-10-20')).toBe('Hà Nội, ngày 20 tháng 10 năm 2025');
    expect(formatDateLine('Hà Nội', '2026-01-01')).toBe('Hà Nội, ngày 01 tháng 01 năm 2026');
    expect(formatDateLine('Đà Nẵng', '2025-03-09')).toBe('Đà Nẵng, ngày 09 tháng 3 năm 2025');
    expect(formatDateLine('Cần Thơ', '2025-11-30')).toBe('Cần Thơ, ngày 30 tháng 11 năm 2025');
    expect(formatDateLine('Cần Thơ', '2024-02-29')).toBe('Cần Thơ, ngày 29 tháng 02 năm 2024');
  });

  it('normalises the place and leaves it out when empty', () => {
    expect(formatDateLine('  Phường   Hoàn Kiếm ', '2025-07-01')).toBe(
      'Phường Hoàn Kiếm, ngày 01 tháng 7 năm 2025',
    );
    expect(formatDateLine('', '2025-07-01')).toBe('ngày 01 tháng 7 năm 2025');
  });

  it('throws for an invalid date', () => {
    expect(() => formatDateLine('Hà Nội', '2025-02-29')).toThrow(RangeError);
    expect(() => formatDateLine('Hà Nội', '05/12/2025')).toThrow(RangeError);
  });
});
