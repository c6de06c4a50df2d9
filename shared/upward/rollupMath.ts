import type { RollupRule } from './catalogue';

type Values = ReadonlyMap<string, number | null>;

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * One figure over many offices: a sum (the summed values), a ratio recomputed from the summed
 * parts (percent, one decimal), or an average weighted by another figure's count per office.
 */
export function rolledUp(code: string, rule: RollupRule, sums: Values, offices: readonly Values[]): number | null {
  if (rule.kind === 'sum') return sums.get(code) ?? null;
  if (rule.kind === 'ratio') {
    const part = sums.get(rule.numerator);
    const whole = sums.get(rule.denominator);
    return part != null && whole ? round((part / whole) * (rule.scale ?? 100)) : null;
  }
  let weighted = 0;
  let weights = 0;
  for (const values of offices) {
    const v = values.get(code);
    const w = values.get(rule.weight);
    if (v != null && w != null) {
      weighted += v * w;
      weights += w;
    }
  }
  return weights > 0 ? round(weighted / weights, rule.digits) : null;
}
