import { describe, expect, it } from 'vitest';
import { bandProblem, DEFAULT_BANDS, parseScore, formatScore } from '../../../shared/clusters/bands';

describe('bandProblem', () => {
  it('accepts the default bands (≥ 90, 80–89,99, 70–79,99, < 70)', () => {
    expect(bandProblem(DEFAULT_BANDS)).toBeNull();
  });

  it('refuses a gap and says between which points', () => {
    const bands = DEFAULT_BANDS.map((b) => (b.rating === 'good' ? { ...b, minPoints: 82 } : b));
    expect(bandProblem(bands)).toEqual({
      code: 'SCORE_BANDS_GAP',
      params: { from: '80', to: '81,99', lower: 'Hoàn thành nhiệm vụ', upper: 'Hoàn thành tốt nhiệm vụ' },
    });
  });

  it('refuses an overlap and says which points both bands cover', () => {
    const bands = DEFAULT_BANDS.map((b) => (b.rating === 'completed' ? { ...b, maxPoints: 85 } : b));
    const problem = bandProblem(bands);
    expect(problem?.code).toBe('SCORE_BANDS_OVERLAP');
    expect(problem?.params).toMatchObject({ lower: 'Hoàn thành nhiệm vụ', upper: 'Hoàn thành tốt nhiệm vụ', from: '80', to: '85' });
  });

  it('refuses an empty table and a band whose from is above its to', () => {
    expect(bandProblem([])?.code).toBe('SCORE_BANDS_EMPTY');
    expect(bandProblem([{ rating: 'x', label: 'X', minPoints: 10, maxPoints: 5 }])?.code).toBe('SCORE_BAND_INVERTED');
  });
});

describe('parseScore', () => {
  it('reads "8,5" and "8.5" alike, empty as null, junk as NaN', () => {
    expect(parseScore('8,5')).toBe(8.5);
    expect(parseScore(' 8.5 ')).toBe(8.5);
    expect(parseScore('10')).toBe(10);
    expect(parseScore('')).toBeNull();
    expect(parseScore('8,5,1')).toBeNaN();
    expect(parseScore('abc')).toBeNaN();
    expect(formatScore(8.5)).toBe('8,5');
    expect(formatScore(null)).toBe('');
    expect(formatScore(1000)).toBe('1000');
    expect(formatScore(0.25)).toBe('0,25');
    expect(formatScore(-2)).toBe('-2');
    expect(parseScore(formatScore(1000))).toBe(1000);
  });
});
