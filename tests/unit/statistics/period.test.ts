import { describe, expect, it } from 'vitest';
import { previousPeriod, reportingPeriod } from '../../../shared/statistics/period';
import { targetPercent, targetStatus } from '../../../shared/statistics/targets';

describe('the reporting period', () => {
  it('runs from the day after the previous cut-off to the cut-off (default 30/11)', () => {
    expect(reportingPeriod(2025)).toEqual({ year: 2025, from: '2024-12-01', to: '2025-11-30' });
    expect(previousPeriod(reportingPeriod(2025))).toEqual({ year: 2024, from: '2023-12-01', to: '2024-11-30' });
  });

  it('follows a moved cut-off, and a cut-off on 29/02 falls back to 28/02 a year earlier', () => {
    expect(reportingPeriod(2025, '2025-05-31')).toEqual({ year: 2025, from: '2024-06-01', to: '2025-05-31' });
    expect(reportingPeriod(2024, '2024-02-29')).toEqual({ year: 2024, from: '2023-03-01', to: '2024-02-29' });
    expect(previousPeriod(reportingPeriod(2024, '2024-02-29'))).toEqual({ year: 2023, from: '2022-03-01', to: '2023-02-28' });
  });
});

describe('percent of target and đạt / vượt / chưa đạt', () => {
  it('is one decimal; 155 % is vượt, exactly 100 % is đạt, below is chưa đạt', () => {
    expect(targetPercent(31, 20)).toBe(155);
    expect(targetStatus(31, 20)).toBe('exceeded');
    expect(targetPercent(2, 3)).toBe(66.7);
    expect(targetStatus(20, 20)).toBe('met');
    expect(targetStatus(19.99, 20)).toBe('not_met');
    expect(targetPercent(5, 0)).toBeNull();
    expect(targetStatus(null, 20)).toBeNull();
  });
});
