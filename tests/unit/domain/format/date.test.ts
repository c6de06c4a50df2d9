import { describe, expect, it } from 'vitest';
import {
  excelSerialToIso,
  formatDateVi,
  isValidIsoDate,
  parseDateVi,
  parseIsoDate,
  todayIso,
} from '../../../../shared/domain/format/date';

describe('isValidIsoDate', () => {
  it('accepts real dates written YYYY-MM-DD', () => {
    expect(isValidIsoDate('2025-12-05')).toBe(true);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
  });

  it('rejects impossible dates and other layouts', () => {
    for (const bad of [
      '2025-02-29',
      '1900-02-29',
      '2025-04-31',
      '2025-13-01',
      '2025-00-10',
      '2025-12-00',
      '2025-12-5',
      '2025-12-05T00:00',
      '05/12/2025',
      '0000-01-01',
      '',
    ]) {
      expect(isValidIsoDate(bad), bad).toBe(false);
    }
  });
});

describe('parseIsoDate', () => {
  it('splits a valid date into numbers', () => {
    expect(parseIsoDate('2026-02-05')).toEqual({ year: 2026, month: 2, day: 5 });
    expect(parseIsoDate('2026-02-30')).toBeNull();
  });
});

describe('formatDateVi', () => {
  it('writes dd/mm/yyyy', () => {
    expect(formatDateVi('2025-12-05')).toBe('05/12/2025');
    expect(formatDateVi('2024-02-29')).toBe('29/02/2024');
    expect(formatDateVi('2026-01-01')).toBe('01/01/2026');
  });

  it('throws for an invalid date', () => {
    expect(() => formatDateVi('2025-02-29')).toThrow(RangeError);
    expect(() => formatDateVi('5/12/2025')).toThrow(RangeError);
  });
});

describe('parseDateVi', () => {
  it('reads day/month/year with /, - or . and optional leading zeros', () => {
    expect(parseDateVi('5/12/2025')).toBe('2025-12-05');
    expect(parseDateVi('05/12/2025')).toBe('2025-12-05');
    expect(parseDateVi('05-12-2025')).toBe('2025-12-05');
    expect(parseDateVi('05.12.2025')).toBe('2025-12-05');
    expect(parseDateVi(' 1/1/2026 ')).toBe('2026-01-01');
  });

  it('knows leap years', () => {
    expect(parseDateVi('29/02/2024')).toBe('2024-02-29');
    expect(parseDateVi('29/02/2000')).toBe('2000-02-29');
    expect(parseDateVi('29/02/2025')).toBeNull();
    expect(parseDateVi('29/02/1900')).toBeNull();
  });

  it('returns null for impossible dates and other layouts', () => {
    for (const bad of [
      '31/02/2025',
      '31/04/2025',
      '32/01/2025',
      '0/12/2025',
      '05/13/2025',
      '05/12-2025',
      '05/12/25',
      '2025-12-05',
      '5 tháng 12 2025',
      '',
    ]) {
      expect(parseDateVi(bad), bad).toBeNull();
    }
  });
});

describe('excelSerialToIso', () => {
  it('converts serials after the fictitious 29/02/1900', () => {
    expect(excelSerialToIso(45658)).toBe('2025-01-01');
    expect(excelSerialToIso(36526)).toBe('2000-01-01');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
  });

  it('converts serials before it without the Lotus offset', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
  });

  it('has no real date for serial 60 (Excel shows 29/02/1900) nor for serials below 1', () => {
    expect(excelSerialToIso(60)).toBeNull();
    expect(excelSerialToIso(0)).toBeNull();
    expect(excelSerialToIso(-5)).toBeNull();
    expect(excelSerialToIso(Number.NaN)).toBeNull();
  });

  it('drops the time of day', () => {
    expect(excelSerialToIso(45658.75)).toBe('2025-01-01');
    expect(excelSerialToIso(45657.999)).toBe('2024-12-31');
  });
});

describe('todayIso', () => {
  it('uses the local calendar date', () => {
    expect(todayIso(new Date(2025, 11, 5, 23, 59, 59))).toBe('2025-12-05');
    expect(todayIso(new Date(2026, 0, 1, 0, 0, 0))).toBe('2026-01-01');
  });

  it('defaults to now', () => {
    expect(isValidIsoDate(todayIso())).toBe(true);
  });
});
