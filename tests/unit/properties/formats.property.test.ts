import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelSerialToIso, formatDateVi, parseDateVi, parseIsoDate } from '../../../shared/domain/format/date';
import { formatNumber, parseVietnameseNumber } from '../../../shared/domain/format/number';
import { fullYear, parseTypedDate } from '../../../shared/domain/format/typedDate';
import { groupTypedMoney, parseTypedMoney, showTypedMoney } from '../../../shared/domain/money/typedMoney';
import { formatDocumentNumber, parseDocumentNumber } from '../../../shared/domain/documents/documentNumber';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoOf = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const calendarDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true })
  .map(isoOf);

describe('dates (properties)', () => {
  it('dd/mm/yyyy round-trips every calendar date', () => {
    fc.assert(
      fc.property(calendarDate, (iso) => {
        expect(parseDateVi(formatDateVi(iso))).toBe(iso);
      }),
    );
  });

  it('reads a date typed in any of the four ways a clerk types it as the same day', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 1990, max: 2060 }), (iso, workingYear) => {
        const date = parseIsoDate(iso);
        if (date === null) throw new Error(iso);
        const dd = pad(date.day);
        const mm = pad(date.month);
        for (const typed of [`${dd}/${mm}/${date.year}`, `${dd}${mm}${date.year}`, `${dd}-${mm}-${date.year}`, `${date.day}.${date.month}.${date.year}`]) {
          expect(parseTypedDate(typed, workingYear)).toEqual({ ok: true, value: iso });
        }
        const twoDigit = parseTypedDate(`${dd}/${mm}/${pad(date.year % 100)}`, workingYear);
        const year = fullYear(date.year % 100, workingYear);
        expect(year % 100).toBe(date.year % 100);
        expect(year).toBeGreaterThan(workingYear - 80);
        expect(year).toBeLessThanOrEqual(workingYear + 20);
        if (twoDigit.ok && twoDigit.value !== null) expect(twoDigit.value.slice(4)).toBe(iso.slice(4));
      }),
    );
  });

  it('never accepts a day the month does not have', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 35 }), fc.integer({ min: 1900, max: 2100 }), (month, day, year) => {
        const real = new Date(Date.UTC(year, month - 1, day)).getUTCMonth() === month - 1;
        const typed = parseTypedDate(`${pad(day)}/${pad(month)}/${year}`, 2025);
        expect(typed.ok).toBe(real);
        expect(parseDateVi(`${day}/${month}/${year}`) !== null).toBe(real);
      }),
    );
  });

  it('Excel serials map to consecutive days after the 1900 leap-year slot', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_464 }), (serial) => {
        const today = excelSerialToIso(serial);
        const tomorrow = excelSerialToIso(serial + 1);
        if (today === null || tomorrow === null) throw new Error(`serial ${serial}`);
        const next = new Date(`${today}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        expect(tomorrow).toBe(isoOf(next));
      }),
    );
  });
});

describe('numbers and money (properties)', () => {
  it('1.234.567,5 round-trips through format and parse', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 999 }), (whole, thousandths) => {
        const value = whole + Math.sign(whole || 1) * thousandths / 1000;
        expect(parseVietnameseNumber(formatNumber(value))).toBeCloseTo(value, 6);
      }),
    );
  });

  it('a stored amount shown in the money field reads back as itself, and an empty field is empty', () => {
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (amount) => {
        expect(parseTypedMoney(showTypedMoney(amount))).toEqual({ ok: true, value: amount });
        expect(parseTypedMoney(`${showTypedMoney(amount)} đ`)).toEqual({ ok: true, value: amount });
      }),
    );
    expect(parseTypedMoney('')).toEqual({ ok: true, value: null });
  });

  it('never turns text with a letter that is no unit into a number', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e9 }), fc.constantFrom('x', 'abc', 'o', 'l', 'đô', 'usd'), (amount, junk) => {
        expect(parseTypedMoney(`${amount}${junk}`).ok).toBe(false);
        expect(parseTypedMoney(`${junk}${amount}`).ok).toBe(false);
      }),
    );
  });

  it('grouping as you type keeps the digits and the caret after the same digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9][0-9]{0,14}$/u), fc.nat(), (digits, at) => {
        const caret = at % (digits.length + 1);
        const { text, caret: moved } = groupTypedMoney(digits, caret);
        expect(text.replace(/\./gu, '')).toBe(digits);
        expect(text.slice(0, moved).replace(/\./gu, '')).toBe(digits.slice(0, caret));
        expect(parseTypedMoney(text)).toEqual({ ok: true, value: Number(digits) });
      }),
    );
  });
});

describe('document numbers (properties)', () => {
  const abbreviation = fc.stringMatching(/^[A-ZĐ][A-Za-zĐđ]{0,5}$/u);
  it('15/BC-LĐLĐ round-trips, also with hyphenated issuers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), abbreviation, fc.array(abbreviation, { minLength: 1, maxLength: 3 }), (n, type, issuerParts) => {
        const issuer = issuerParts.join('-');
        const parsed = parseDocumentNumber(`Số: ${formatDocumentNumber(n, type, issuer)}`);
        expect(parsed).toEqual({ number: n, type, issuer });
      }),
    );
  });
});
