/**
 * The figure catalogue a package carries. Today the figures are those of the year-end report's
 * statistics engine (electron/backend/statistics, shared/statistics/catalogue.ts), taken by code
 * from the finalised report version. When the Mẫu 2-HĐCĐ catalogue lands, this version and
 * rollupRule (below) are the one place to change.
 */
export const PACKAGE_CATALOGUE_VERSION = 'uniondesk-year-figures/1';

/** Catalogue versions an upper office can roll up (the current one and, later, older ones it still reads). */
export const READABLE_CATALOGUE_VERSIONS: readonly string[] = [PACKAGE_CATALOGUE_VERSION];

/** How a figure rolls up over offices. */
export type RollupRule =
  | { kind: 'sum' }
  /** A percentage recomputed from the summed parts: 100 × Σnumerator / Σdenominator, one decimal. */
  | { kind: 'ratio'; numerator: string; denominator: string }
  /** An average weighted by another figure's count: Σ(value × weight) / Σweight. */
  | { kind: 'weighted'; weight: string };

const RATIOS: Record<string, RollupRule> = {
  'unions.strongPercent': { kind: 'ratio', numerator: 'unions.rating.strong', denominator: 'unions.rated' },
  'members.coverage': { kind: 'ratio', numerator: 'members.total', denominator: 'workers.total' },
};

export function rollupRule(code: string): RollupRule {
  return RATIOS[code] ?? { kind: 'sum' };
}

/**
 * Figures of a CĐCS's stock at the cut-off, taken off the total once for every extra office that
 * lists the same CĐCS (by its code) at the same cut-off.
 */
export const REGISTER_STOCK_FIGURES = { unions: 'unions.total', members: 'members.total', women: 'members.female' } as const;
