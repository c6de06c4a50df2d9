/**
 * The figure catalogue a package carries: Mẫu số 2-HĐCĐ (resources/data/grassroots-forms.json),
 * by code, with the catalogue's version; each figure rolls up over offices by its own rule there.
 * The report's figures Mẫu 2 has no row for (awards, member movements, CĐCS founded …) go with
 * them and are summed, but for the two percentages they have.
 */
import catalogueJson from '../../resources/data/grassroots-forms.json' with { type: 'json' };
import { catalogueFigures, parseFormCatalogue, SECTOR_INFIX } from '../grassrootsForms/catalogue';

const MAU2 = parseFormCatalogue(catalogueJson);

/** Packages before the Mẫu 2 catalogue carried the year-end report's figures under this version. */
export const LEGACY_CATALOGUE_VERSION = 'uniondesk-year-figures/1';

export const PACKAGE_CATALOGUE_VERSION = `mau-2-hdcd/${MAU2.version}`;

/** Catalogue versions an upper office can roll up: the current one and the report figures of earlier packages. */
export const READABLE_CATALOGUE_VERSIONS: readonly string[] = [PACKAGE_CATALOGUE_VERSION, LEGACY_CATALOGUE_VERSION];

/** How a figure rolls up over offices. */
export type RollupRule =
  | { kind: 'sum' }
  /** Recomputed from the summed parts: scale × Σnumerator / Σdenominator (a percentage by default), one decimal. */
  | { kind: 'ratio'; numerator: string; denominator: string; scale?: number }
  /** An average weighted by another figure's count: Σ(value × weight) / Σweight, to `digits` decimals (one by default). */
  | { kind: 'weighted'; weight: string; digits?: number };

/** The report's own percentages (no Mẫu 2 row). */
const REPORT_RATIOS: Record<string, RollupRule> = {
  'unions.strongPercent': { kind: 'ratio', numerator: 'unions.rating.strong', denominator: 'unions.rated' },
};

const MAU2_RULES = new Map<string, RollupRule>(
  catalogueFigures(MAU2).map((figure): [string, RollupRule] => {
    if (figure.rollup === 'ratio') return [figure.code, { kind: 'ratio', numerator: figure.numerator, denominator: figure.denominator, scale: figure.scale }];
    if (figure.rollup === 'weightedAverage') return [figure.code, { kind: 'weighted', weight: figure.count, digits: figure.money ? 0 : 1 }];
    return [figure.code, { kind: 'sum' }];
  }),
);

/**
 * A figure's rule: Mẫu 2's for its codes; a by-sector row of a Mẫu 2 average (labour.avgWage.sector.X)
 * is weighted like its figure (by the office's whole count: the package carries no count per sector).
 */
export function rollupRule(code: string): RollupRule {
  const sectorOf = code.includes(SECTOR_INFIX) ? code.slice(0, code.indexOf(SECTOR_INFIX)) : null;
  const base = sectorOf !== null ? MAU2_RULES.get(sectorOf) : undefined;
  return MAU2_RULES.get(code) ?? (base?.kind === 'weighted' ? base : undefined) ?? REPORT_RATIOS[code] ?? { kind: 'sum' };
}

/**
 * Figures of a CĐCS's stock at the cut-off, taken off the total once for every extra office that
 * lists the same CĐCS (by its code) at the same cut-off.
 */
export const REGISTER_STOCK_FIGURES = { unions: 'unions.total', members: 'members.total', women: 'members.female' } as const;
