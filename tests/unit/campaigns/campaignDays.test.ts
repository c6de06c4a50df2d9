import { describe, expect, it } from 'vitest';
import { campaignDays } from '../../../shared/campaigns/model';

describe('campaignDays', () => {
  it('counts whole months as 30 days, as plans do: 01/05–30/09 is "150 ngày"', () => {
    expect(campaignDays('2023-05-01', '2023-09-30')).toBe(150);
    expect(campaignDays('2024-02-01', '2024-02-29')).toBe(30);
  });

  it('counts calendar days, both ends in, for other ranges', () => {
    expect(campaignDays('2025-05-15', '2025-08-22')).toBe(100);
    expect(campaignDays('2025-12-31', '2026-01-01')).toBe(2);
    expect(campaignDays('2025-03-10', '2025-03-10')).toBe(1);
  });

  it('is null when a date is missing, invalid, or the end is before the start', () => {
    expect(campaignDays(null, '2025-09-30')).toBeNull();
    expect(campaignDays('2025-05-01', null)).toBeNull();
    expect(campaignDays('2025-02-30', '2025-03-01')).toBeNull();
    expect(campaignDays('2025-09-30', '2025-05-01')).toBeNull();
  });
});
