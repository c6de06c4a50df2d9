import { roundPoints, type Band } from './ranking';

/** The four ratings of a CĐCS that union_ratings stores. */
export const UNION_RATINGS = ['strong', 'good', 'completed', 'not_completed'] as const;
export type UnionRating = (typeof UNION_RATINGS)[number];

/** Default bands: ≥ 90 hoàn thành xuất sắc, 80–89,99 hoàn thành tốt, 70–79,99 hoàn thành, < 70 không hoàn thành nhiệm vụ. */
export const DEFAULT_BANDS: readonly Band[] = [
  { rating: 'strong', label: 'Hoàn thành xuất sắc nhiệm vụ', minPoints: 90, maxPoints: 1000 },
  { rating: 'good', label: 'Hoàn thành tốt nhiệm vụ', minPoints: 80, maxPoints: 89.99 },
  { rating: 'completed', label: 'Hoàn thành nhiệm vụ', minPoints: 70, maxPoints: 79.99 },
  { rating: 'not_completed', label: 'Không hoàn thành nhiệm vụ', minPoints: 0, maxPoints: 69.99 },
];

/** Points step of the bands: 89,99 is followed by 90. */
export const BAND_STEP = 0.01;

export type BandProblem =
  | { code: 'SCORE_BANDS_EMPTY'; params: Record<string, never> }
  | { code: 'SCORE_BAND_INVERTED'; params: { label: string; min: string; max: string } }
  | { code: 'SCORE_BANDS_GAP'; params: { from: string; to: string; lower: string; upper: string } }
  | {
      code: 'SCORE_BANDS_OVERLAP';
      params: { lower: string; upper: string; lowerMin: string; lowerMax: string; upperMin: string; upperMax: string; from: string; to: string };
    };

const fmt = (n: number) => formatScore(n);

/**
 * The first problem of a band table, or null when the bands cover one unbroken range without
 * overlapping (each band starts 0,01 above the previous band's end).
 */
export function bandProblem(bands: readonly Band[]): BandProblem | null {
  if (bands.length === 0) return { code: 'SCORE_BANDS_EMPTY', params: {} };
  for (const b of bands) {
    if (roundPoints(b.minPoints) > roundPoints(b.maxPoints)) {
      return { code: 'SCORE_BAND_INVERTED', params: { label: b.label, min: fmt(b.minPoints), max: fmt(b.maxPoints) } };
    }
  }
  const sorted = [...bands].sort((a, b) => a.minPoints - b.minPoints || a.maxPoints - b.maxPoints);
  for (let i = 1; i < sorted.length; i++) {
    const lower = sorted[i - 1] as Band;
    const upper = sorted[i] as Band;
    const lowerMax = roundPoints(lower.maxPoints);
    const upperMin = roundPoints(upper.minPoints);
    if (upperMin <= lowerMax) {
      return {
        code: 'SCORE_BANDS_OVERLAP',
        params: {
          lower: lower.label,
          upper: upper.label,
          lowerMin: fmt(lower.minPoints),
          lowerMax: fmt(lower.maxPoints),
          upperMin: fmt(upper.minPoints),
          upperMax: fmt(upper.maxPoints),
          from: fmt(upperMin),
          to: fmt(Math.min(lowerMax, roundPoints(upper.maxPoints))),
        },
      };
    }
    if (roundPoints(upperMin - lowerMax) > BAND_STEP) {
      return {
        code: 'SCORE_BANDS_GAP',
        params: { from: fmt(lowerMax + BAND_STEP), to: fmt(upperMin - BAND_STEP), lower: lower.label, upper: upper.label },
      };
    }
  }
  return null;
}

/** Parses a score typed "8,5" or "8.5" (or "8"); null for empty, NaN for anything unreadable. */
export function parseScore(text: string): number | null {
  const t = text.trim().replace(/\s+/gu, '');
  if (t === '') return null;
  if (!/^[+-]?\d+(?:[.,]\d+)?$/u.test(t)) return Number.NaN;
  return Number(t.replace(',', '.'));
}

/**
 * A score as the union writes it: 8,5 · 10 · 0,25 · 1000 — decimal comma, no thousands dot, so
 * what is shown reads back through parseScore unchanged.
 */
export function formatScore(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return roundPoints(value).toFixed(2).replace(/\.?0+$/u, '').replace('.', ',');
}
