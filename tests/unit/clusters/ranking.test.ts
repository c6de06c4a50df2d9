import { describe, expect, it } from 'vitest';
import { rankUnits, parseTieRules, type RankingInput, type RankingScore } from '../../../shared/clusters/ranking';
import { DEFAULT_BANDS } from '../../../shared/clusters/bands';

const criteria = [
  { id: 1, kind: 'section' as const },
  { id: 2, kind: 'criterion' as const },
  { id: 3, kind: 'criterion' as const },
  { id: 4, kind: 'bonus' as const },
  { id: 5, kind: 'deduction' as const },
];

function unit(id: number, name: string) {
  return { clusterMemberId: id, organizationId: id * 10, name };
}

/** Scores per unit: [c2, c3, bonus, deduction] agreed; self = agreed + selfExtra. */
function scores(rows: Record<number, [number, number, number, number]>, selfExtra = 0): RankingScore[] {
  return Object.entries(rows).flatMap(([id, values]) =>
    values.map((v, i) => ({ criterionId: i + 2, clusterMemberId: Number(id), agreedScore: v, selfScore: i === 0 ? v + selfExtra : v })),
  );
}

function input(over: Partial<RankingInput>): RankingInput {
  return { units: [], criteria, scores: [], bands: DEFAULT_BANDS, flagCount: 1, ...over };
}

describe('rankUnits', () => {
  it('totals criteria + bonus − deductions for self and agreed scores', () => {
    const [r] = rankUnits(input({ units: [unit(1, 'An')], scores: scores({ 1: [50, 35.5, 5, 2.25] }, 3) }));
    expect(r?.agreedTotal).toBe(88.25);
    expect(r?.selfTotal).toBe(91.25);
    expect(r?.bonus).toBe(5);
    expect(r?.deductions).toBe(2.25);
    expect(r?.rating).toBe('good');
    expect(r?.ratingLabel).toBe('Hoàn thành tốt nhiệm vụ');
  });

  it('ignores section rows and treats missing scores as 0', () => {
    const s: RankingScore[] = [
      { criterionId: 1, clusterMemberId: 1, selfScore: 99, agreedScore: 99 },
      { criterionId: 2, clusterMemberId: 1, selfScore: null, agreedScore: 40 },
    ];
    const [r] = rankUnits(input({ units: [unit(1, 'An')], scores: s }));
    expect(r?.agreedTotal).toBe(40);
    expect(r?.selfTotal).toBe(0);
    expect(r?.rating).toBe('not_completed');
  });

  it('breaks an equal total by fewer deductions, then more bonus, then the name in Vietnamese order', () => {
    const units = [unit(1, 'Đan Phượng'), unit(2, 'Ba Vì'), unit(3, 'Chương Mỹ'), unit(4, 'Ứng Hòa'), unit(5, 'Mỹ Đức')];
    // all total 90: 4 has fewer deductions; 2 and 3 equal deductions, 3 more bonus; 1 and 5 equal on all but name
    const ranked = rankUnits(
      input({
        units,
        scores: scores({ 1: [50, 40, 2, 2], 2: [50, 40, 2, 2], 3: [49, 40, 3, 2], 4: [50, 40, 1, 1], 5: [50, 40, 2, 2] }),
      }),
    );
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ['Ứng Hòa', 1],
      ['Chương Mỹ', 2],
      ['Ba Vì', 3],
      ['Đan Phượng', 4],
      ['Mỹ Đức', 5],
    ]);
  });

  it('shares the rank when units are equal on every stated rule (1, 2, 2, 4)', () => {
    const units = [unit(1, 'A'), unit(2, 'B'), unit(3, 'C'), unit(4, 'D')];
    const ranked = rankUnits(
      input({ units, tieRules: ['agreed_total'], scores: scores({ 1: [50, 45, 0, 0], 2: [50, 40, 0, 0], 3: [45, 45, 0, 0], 4: [40, 40, 0, 0] }) }),
    );
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 2, 4]);
    expect(ranked.map((r) => r.name)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('applies each tie rule on its own', () => {
    const units = [unit(1, 'A'), unit(2, 'B')];
    // equal agreed totals; A has more deductions but also more bonus; B self-scored higher
    const s: RankingScore[] = [
      { criterionId: 2, clusterMemberId: 1, selfScore: 80, agreedScore: 80 },
      { criterionId: 4, clusterMemberId: 1, selfScore: 6, agreedScore: 6 },
      { criterionId: 5, clusterMemberId: 1, selfScore: 6, agreedScore: 6 },
      { criterionId: 2, clusterMemberId: 2, selfScore: 85, agreedScore: 80 },
    ];
    const order = (tieRules: RankingInput['tieRules']) => rankUnits(input({ units, scores: s, tieRules })).map((r) => `${r.name}${r.rank}`);
    expect(order(['agreed_total', 'deductions_asc'])).toEqual(['B1', 'A2']);
    expect(order(['agreed_total', 'bonus_desc'])).toEqual(['A1', 'B2']);
    expect(order(['agreed_total', 'self_total'])).toEqual(['B1', 'A2']);
    expect(order(['agreed_total'])).toEqual(['A1', 'B1']);
    expect(order(['agreed_total', 'name'])).toEqual(['A1', 'B2']);
  });

  it('proposes the top flag_count units for the flag, but not a tie that crosses the count', () => {
    const units = [unit(1, 'A'), unit(2, 'B'), unit(3, 'C')];
    const s = scores({ 1: [50, 45, 0, 0], 2: [50, 40, 0, 0], 3: [45, 45, 0, 0] });
    const flags = (flagCount: number) =>
      rankUnits(input({ units, scores: s, tieRules: ['agreed_total'], flagCount })).map((r) => r.proposedForFlag);
    expect(flags(1)).toEqual([true, false, false]);
    expect(flags(2)).toEqual([true, false, false]);
    expect(flags(3)).toEqual([true, true, true]);
    expect(flags(0)).toEqual([false, false, false]);
  });

  it('leaves the rating empty when no band covers the total', () => {
    const [r] = rankUnits(input({ units: [unit(1, 'A')], bands: [{ rating: 'strong', label: 'VM', minPoints: 90, maxPoints: 100 }], scores: scores({ 1: [40, 0, 0, 0] }) }));
    expect(r?.rating).toBeNull();
    expect(r?.ratingLabel).toBeNull();
  });
});

describe('parseTieRules', () => {
  it('keeps known rules and falls back to the default', () => {
    expect(parseTieRules('["bonus_desc","nonsense","name"]')).toEqual(['bonus_desc', 'name']);
    expect(parseTieRules('not json')).toEqual(['agreed_total', 'deductions_asc', 'bonus_desc', 'name']);
    expect(parseTieRules('[]')).toEqual(['agreed_total', 'deductions_asc', 'bonus_desc', 'name']);
  });
});
