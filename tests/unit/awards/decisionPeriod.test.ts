import { describe, expect, it } from 'vitest';
import { defaultDecisionDate, otherPeriod, statisticsYearOf } from '../../../shared/awards/decisionPeriod';

describe('decisions and the statistics cut-off', () => {
  it('a new decision of working year 2026 defaults to today inside 01/12/2025–30/11/2026, else to the cut-off 30/11/2026 (never 01/12/2026)', () => {
    expect(defaultDecisionDate(2026, '2026-10-15')).toBe('2026-10-15');
    expect(defaultDecisionDate(2026, '2025-12-03')).toBe('2025-12-03');
    expect(defaultDecisionDate(2026, '2026-12-07')).toBe('2026-11-30');
    expect(defaultDecisionDate(2025, '2026-12-07')).toBe('2025-11-30');
    expect(defaultDecisionDate(2026, '2026-12-07', '2026-12-15')).toBe('2026-12-07');
  });

  it('a decision dated after 30/11 counts in the next period, and is flagged against the working year', () => {
    expect(statisticsYearOf('2026-11-30')).toBe(2026);
    expect(statisticsYearOf('2026-12-01')).toBe(2027);
    expect(otherPeriod(2026, '2026-11-30')).toBeNull();
    expect(otherPeriod(2026, '2026-12-05')).toEqual({ year: 2027, from: '2026-12-01', to: '2027-11-30' });
    expect(otherPeriod(2026, '2025-11-20')).toEqual({ year: 2025, from: '2024-12-01', to: '2025-11-30' });
  });
});
