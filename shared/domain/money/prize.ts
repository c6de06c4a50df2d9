import { isValidIsoDate } from '../format/date';

/** Round an integer up to the next multiple of `step` (exact multiples stay). */
export function roundUpTo(amount: number, step = 10_000): number {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Amount must be an integer: ${amount}`);
  if (!Number.isSafeInteger(step) || step <= 0) {
    throw new RangeError(`Step must be a positive integer: ${step}`);
  }
  const remainder = amount % step; // exact for integers, unlike amount / step
  if (remainder === 0) return amount;
  return remainder > 0 ? amount - remainder + step : amount - remainder;
}

/** Coefficients are given with at most three decimals: work in thousandths. */
const COEFFICIENT_SCALE = 1000;
const PRIZE_STEP = 10_000;

/**
 * Prize money = coefficient × base salary, rounded UP to a multiple of 10,000 đ.
 * Computed in integers (thousandths of a đồng) so that 0.3 × 2,340,000 is exactly 702,000
 * (→ 710,000) and not 701,999.9999… or 702,000.0000…1.
 */
export function prizeAmount(coefficient: number, baseSalary: number): number {
  const thousandths = Math.round(coefficient * COEFFICIENT_SCALE);
  if (
    !Number.isFinite(coefficient) ||
    coefficient < 0 ||
    Math.abs(coefficient * COEFFICIENT_SCALE - thousandths) > 1e-6
  ) {
    throw new RangeError(`Coefficient must be ≥ 0 with at most 3 decimals: ${coefficient}`);
  }
  if (!Number.isSafeInteger(baseSalary) || baseSalary < 0) {
    throw new RangeError(`Base salary must be a non-negative integer: ${baseSalary}`);
  }
  const scaled = thousandths * baseSalary;
  if (!Number.isSafeInteger(scaled)) throw new RangeError('Prize amount too large');
  return roundUpTo(scaled, PRIZE_STEP * COEFFICIENT_SCALE) / COEFFICIENT_SCALE;
}

export interface BaseSalaryRow {
  /** ISO date from which this amount applies. */
  effectiveFrom: string;
  amount: number;
}

/**
 * The base salary (mức lương cơ sở) in force on `isoDate`: the row with the latest
 * effectiveFrom on or before that date, or null if the table starts later.
 */
export function baseSalaryOn(table: readonly BaseSalaryRow[], isoDate: string): number | null {
  if (!isValidIsoDate(isoDate)) throw new RangeError(`Invalid ISO date: ${isoDate}`);
  let best: BaseSalaryRow | null = null;
  for (const row of table) {
    // ISO dates compare correctly as strings.
    if (row.effectiveFrom <= isoDate && (best === null || row.effectiveFrom > best.effectiveFrom)) {
      best = row;
    }
  }
  return best === null ? null : best.amount;
}
