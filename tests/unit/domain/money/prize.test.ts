import { describe, expect, it } from 'vitest';
import { baseSalaryOn, prizeAmount, roundUpTo } from '../../../../shared/domain/money/prize';

describe('roundUpTo', () => {
  it('rounds up to the next 10,000 by default', () => {
    expect(roundUpTo(702_000)).toBe(710_000);
    expect(roundUpTo(351_000)).toBe(360_000);
    expect(roundUpTo(1)).toBe(10_000);
    expect(roundUpTo(10_001)).toBe(20_000);
    expect(roundUpTo(9_999)).toBe(10_000);
  });

  it('keeps exact multiples', () => {
    expect(roundUpTo(3_510_000)).toBe(3_510_000);
    expect(roundUpTo(0)).toBe(0);
  });

  it('uses another step and rounds negatives towards zero (upwards)', () => {
    expect(roundUpTo(123, 100)).toBe(200);
    expect(roundUpTo(-5_000)).toBe(0);
    expect(roundUpTo(-15_000)).toBe(-10_000);
  });

  it('accepts integers only', () => {
    expect(() => roundUpTo(1.5)).toThrow(RangeError);
    expect(() => roundUpTo(100, 0)).toThrow(RangeError);
  });
});

describe('prizeAmount', () => {
  it('multiplies and rounds up to 10,000 đ', () => {
    expect(prizeAmount(0.3, 2_340_000)).toBe(710_000); // 702,000
    expect(prizeAmount(1.5, 2_340_000)).toBe(3_510_000); // exact
    expect(prizeAmount(0.15, 2_340_000)).toBe(360_000); // 351,000
    expect(prizeAmount(1.0, 2_340_000)).toBe(2_340_000);
    expect(prizeAmount(0.8, 2_340_000)).toBe(1_880_000); // 1,872,000
    expect(prizeAmount(8.0, 2_340_000)).toBe(18_720_000);
    expect(prizeAmount(3.0, 2_340_000)).toBe(7_020_000); // a collective's double Bằng khen
    expect(prizeAmount(0.3, 2_530_000)).toBe(760_000); // 759,000
    expect(prizeAmount(1.5, 2_530_000)).toBe(3_800_000); // 3,795,000
    expect(prizeAmount(0.125, 2_340_000)).toBe(300_000); // 292,500
    expect(prizeAmount(0.001, 2_340_000)).toBe(10_000); // 2,340
    expect(prizeAmount(0, 2_340_000)).toBe(0);
  });

  it('does not round an exact product up because of float error', () => {
    // In floating point 0.55 × 1,800,000 = 990,000.0000000001, which a naive ceil
    // would turn into 1,000,000.
    expect(0.55 * 1_800_000).not.toBe(990_000);
    expect(prizeAmount(0.55, 1_800_000)).toBe(990_000);
    expect(prizeAmount(2.015, 2_000_000)).toBe(4_030_000);
  });

  it('rejects coefficients with more than 3 decimals and bad salaries', () => {
    expect(() => prizeAmount(0.1234, 2_340_000)).toThrow(RangeError);
    expect(() => prizeAmount(-1, 2_340_000)).toThrow(RangeError);
    expect(() => prizeAmount(Number.NaN, 2_340_000)).toThrow(RangeError);
    expect(() => prizeAmount(0.3, 2_340_000.5)).toThrow(RangeError);
  });
});

describe('baseSalaryOn', () => {
  const table = [
    { effectiveFrom: '2024-07-01', amount: 2_340_000 },
    { effectiveFrom: '2019-07-01', amount: 1_490_000 },
    { effectiveFrom: '2026-07-01', amount: 2_530_000 },
    { effectiveFrom: '2023-07-01', amount: 1_800_000 },
  ];

  it('finds the amount in force on a date, whatever the table order', () => {
    expect(baseSalaryOn(table, '2024-06-30')).toBe(1_800_000);
    expect(baseSalaryOn(table, '2024-07-01')).toBe(2_340_000);
    expect(baseSalaryOn(table, '2025-12-05')).toBe(2_340_000);
    expect(baseSalaryOn(table, '2026-06-30')).toBe(2_340_000);
    expect(baseSalaryOn(table, '2026-07-01')).toBe(2_530_000);
    expect(baseSalaryOn(table, '2030-01-01')).toBe(2_530_000);
  });

  it('returns null before the first row or for an empty table', () => {
    expect(baseSalaryOn(table, '2019-06-30')).toBeNull();
    expect(baseSalaryOn([], '2025-01-01')).toBeNull();
  });

  it('throws for an invalid date', () => {
    expect(() => baseSalaryOn(table, '01/07/2024')).toThrow(RangeError);
  });
});
