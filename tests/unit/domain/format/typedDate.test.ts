import { describe, expect, it } from 'vitest';
import { defaultDateInYear, fullYear, parseTypedDate } from '../../../../shared/domain/format/typedDate';

describe('parseTypedDate', () => {
  it.each([
    ['26/12/2025', '2025-12-26'],
    ['26-12-2025', '2025-12-26'],
    ['26.12.2025', '2025-12-26'],
    ['26122025', '2025-12-26'],
    ['26/12/25', '2025-12-26'],
    ['261225', '2025-12-26'],
    ['5/1/2026', '2026-01-05'],
    ['29/02/2024', '2024-02-29'],
    ['2025-12-26', '2025-12-26'],
    [' 01/07/2026 ', '2026-07-01'],
  ])('%s → %s', (text, iso) => {
    expect(parseTypedDate(text, 2025)).toEqual({ ok: true, value: iso });
  });

  it('reads nothing typed as empty', () => {
    expect(parseTypedDate('', 2025)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['31/02/2025', 'impossible'],
    ['29/02/2025', 'impossible'],
    ['32/01/2025', 'impossible'],
    ['01/13/2025', 'impossible'],
    ['2025-02-31', 'impossible'],
    ['07/12/202626/12/2025', 'format'],
    ['hôm nay', 'format'],
    ['2612202', 'format'],
  ])('refuses %s (%s)', (text, error) => {
    expect(parseTypedDate(text, 2025)).toEqual({ ok: false, error });
  });
});

describe('fullYear', () => {
  it('puts a two-digit year at most 20 years after the working year', () => {
    expect(fullYear(25, 2025)).toBe(2025);
    expect(fullYear(45, 2025)).toBe(2045);
    expect(fullYear(46, 2025)).toBe(1946);
    expect(fullYear(95, 2025)).toBe(1995);
  });
});

describe('defaultDateInYear', () => {
  it('is today in the current year, the year end of a past year, the start of a future one', () => {
    expect(defaultDateInYear(2026, '2026-12-07')).toBe('2026-12-07');
    expect(defaultDateInYear(2025, '2026-12-07')).toBe('2025-12-31');
    expect(defaultDateInYear(2027, '2026-12-07')).toBe('2027-01-01');
  });
});
