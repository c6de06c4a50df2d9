import { describe, expect, it } from 'vitest';
import { rollupRule } from '../../../shared/upward/catalogue';
import { groupFingerprint } from '../../../shared/upward/fingerprint';
import { rolledUp } from '../../../shared/upward/rollupMath';

const values = (entries: Record<string, number | null>) => new Map(Object.entries(entries));

describe('rolling a figure up over offices', () => {
  const a = values({ 'members.total': 90, 'workers.total': 100, score: 80, rated: 10 });
  const b = values({ 'members.total': 10, 'workers.total': 100, score: 50, rated: 30 });
  const sums = values({ 'members.total': 100, 'workers.total': 200, score: 130, rated: 40 });

  it('sums, recomputes ratios from the summed parts, weights averages by their counts', () => {
    expect(rolledUp('members.total', rollupRule('members.total'), sums, [a, b])).toBe(100);
    // 100 / 200, not the mean of 90 % and 10 %.
    expect(rolledUp('members.coverage', rollupRule('members.coverage'), sums, [a, b])).toBe(50);
    expect(rollupRule('unions.strongPercent')).toEqual({ kind: 'ratio', numerator: 'unions.rating.strong', denominator: 'unions.rated' });
    // (80 × 10 + 50 × 30) / 40 = 57.5, not the plain mean 65.
    expect(rolledUp('score', { kind: 'weighted', weight: 'rated' }, sums, [a, b])).toBe(57.5);
    expect(rolledUp('score', { kind: 'weighted', weight: 'none' }, sums, [a, b])).toBeNull();
    expect(rolledUp('members.coverage', rollupRule('members.coverage'), values({ 'members.total': 5, 'workers.total': 0 }), [])).toBeNull();
  });

  it('groups a fingerprint by four for reading aloud', () => {
    expect(groupFingerprint('3f2a9c01ab')).toBe('3F2A 9C01 AB');
  });
});
