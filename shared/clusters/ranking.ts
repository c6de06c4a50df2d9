import { vietnameseSortKey } from '../domain/people/sortKey';

/*
 * Totals, ranking, classification and flag proposals of a scoring sheet. Pure: the backend reads
 * the rows and calls rankUnits; the renderer can call it too for a live preview.
 */

export type CriterionKind = 'section' | 'criterion' | 'bonus' | 'deduction';

/** How ties are broken, applied in order. */
export const TIE_RULES = ['agreed_total', 'self_total', 'deductions_asc', 'bonus_desc', 'name'] as const;
export type TieRule = (typeof TIE_RULES)[number];
export const DEFAULT_TIE_RULES: readonly TieRule[] = ['agreed_total', 'deductions_asc', 'bonus_desc', 'name'];

export interface RankingUnit {
  clusterMemberId: number;
  organizationId: number | null;
  name: string;
}

export interface RankingCriterion {
  id: number;
  kind: CriterionKind;
}

export interface RankingScore {
  criterionId: number;
  clusterMemberId: number;
  selfScore: number | null;
  agreedScore: number | null;
}

export interface Band {
  rating: string;
  label: string;
  minPoints: number;
  /** inclusive */
  maxPoints: number;
}

export interface RankingInput {
  units: readonly RankingUnit[];
  criteria: readonly RankingCriterion[];
  scores: readonly RankingScore[];
  bands: readonly Band[];
  tieRules?: readonly TieRule[];
  flagCount: number;
}

export interface RankedUnit {
  clusterMemberId: number;
  organizationId: number | null;
  name: string;
  selfTotal: number;
  agreedTotal: number;
  /** agreed bonus points */
  bonus: number;
  /** agreed deduction points (a positive number, subtracted from the total) */
  deductions: number;
  rank: number;
  rating: string | null;
  ratingLabel: string | null;
  proposedForFlag: boolean;
}

/** Points are kept to two decimals so 80 + 9,99 compares equal to 89,99. */
export function roundPoints(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The band a total falls in (inclusive bounds), or undefined when none covers it. */
export function bandFor(bands: readonly Band[], total: number): Band | undefined {
  const t = roundPoints(total);
  return bands.find((b) => t >= roundPoints(b.minPoints) - 1e-9 && t <= roundPoints(b.maxPoints) + 1e-9);
}

interface Totals extends RankingUnit {
  selfTotal: number;
  agreedTotal: number;
  bonus: number;
  deductions: number;
  sortKey: string;
}

function totalsOf(input: RankingInput): Totals[] {
  const kindById = new Map(input.criteria.map((c) => [c.id, c.kind]));
  const sums = new Map<number, { self: number; agreed: number; bonus: number; deductions: number }>();
  for (const unit of input.units) sums.set(unit.clusterMemberId, { self: 0, agreed: 0, bonus: 0, deductions: 0 });
  for (const score of input.scores) {
    const kind = kindById.get(score.criterionId);
    const sum = sums.get(score.clusterMemberId);
    if (kind === undefined || kind === 'section' || sum === undefined) continue;
    const sign = kind === 'deduction' ? -1 : 1;
    sum.self += sign * (score.selfScore ?? 0);
    sum.agreed += sign * (score.agreedScore ?? 0);
    if (kind === 'bonus') sum.bonus += score.agreedScore ?? 0;
    if (kind === 'deduction') sum.deductions += score.agreedScore ?? 0;
  }
  return input.units.map((unit) => {
    const sum = sums.get(unit.clusterMemberId) ?? { self: 0, agreed: 0, bonus: 0, deductions: 0 };
    return {
      ...unit,
      selfTotal: roundPoints(sum.self),
      agreedTotal: roundPoints(sum.agreed),
      bonus: roundPoints(sum.bonus),
      deductions: roundPoints(sum.deductions),
      sortKey: vietnameseSortKey(unit.name),
    };
  });
}

function compareBy(rule: TieRule, a: Totals, b: Totals): number {
  switch (rule) {
    case 'agreed_total':
      return b.agreedTotal - a.agreedTotal;
    case 'self_total':
      return b.selfTotal - a.selfTotal;
    case 'deductions_asc':
      return a.deductions - b.deductions;
    case 'bonus_desc':
      return b.bonus - a.bonus;
    case 'name':
      return a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0;
  }
}

/** Ranks the units: equal on every tie rule share the rank (1, 2, 2, 4). */
export function rankUnits(input: RankingInput): RankedUnit[] {
  const rules = input.tieRules && input.tieRules.length > 0 ? input.tieRules : DEFAULT_TIE_RULES;
  const compare = (a: Totals, b: Totals): number => {
    for (const rule of rules) {
      const c = compareBy(rule, a, b);
      if (c !== 0) return c;
    }
    return 0;
  };
  const sorted = totalsOf(input).sort((a, b) => compare(a, b) || (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  const ranks: number[] = [];
  const groupEnd: number[] = [];
  sorted.forEach((unit, i) => {
    const prev = sorted[i - 1];
    ranks.push(prev !== undefined && compare(prev, unit) === 0 ? (ranks[i - 1] ?? 1) : i + 1);
  });
  // groupEnd[i]: the position (1-based) of the last unit sharing unit i's rank
  for (let i = sorted.length - 1; i >= 0; i--) {
    groupEnd[i] = i + 1 < sorted.length && ranks[i + 1] === ranks[i] ? (groupEnd[i + 1] ?? i + 1) : i + 1;
  }
  return sorted.map((unit, i) => {
    const band = bandFor(input.bands, unit.agreedTotal);
    return {
      clusterMemberId: unit.clusterMemberId,
      organizationId: unit.organizationId,
      name: unit.name,
      selfTotal: unit.selfTotal,
      agreedTotal: unit.agreedTotal,
      bonus: unit.bonus,
      deductions: unit.deductions,
      rank: ranks[i] ?? i + 1,
      rating: band?.rating ?? null,
      ratingLabel: band?.label ?? null,
      proposedForFlag: (groupEnd[i] ?? i + 1) <= input.flagCount,
    };
  });
}

/** Parses the stored tie_rules JSON, keeping only known rules; falls back to the default. */
export function parseTieRules(json: string): TieRule[] {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [...DEFAULT_TIE_RULES];
    const rules = value.filter((r): r is TieRule => typeof r === 'string' && (TIE_RULES as readonly string[]).includes(r));
    return rules.length > 0 ? rules : [...DEFAULT_TIE_RULES];
  } catch {
    return [...DEFAULT_TIE_RULES];
  }
}
