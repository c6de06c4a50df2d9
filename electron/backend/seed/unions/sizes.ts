/** How many people work in a unit of a given kind, and what share of them are women. */

import type { Rng } from '../random';

export interface Size {
  readonly min: number;
  readonly max: number;
  /** Share of women among workers: uniform in [femaleMin, femaleMax]. */
  readonly femaleMin: number;
  readonly femaleMax: number;
  /** 'log' for wide ranges with many small and few large units. */
  readonly dist: 'uniform' | 'log';
}

/** A size: workers in [min, max] (log-uniform unless told otherwise), women in [femaleMin, femaleMax]. */
export const size = (min: number, max: number, femaleMin: number, femaleMax: number, dist: Size['dist'] = 'log'): Size => ({
  min,
  max,
  femaleMin,
  femaleMax,
  dist,
});

/** Sizes of the public-service and state-enterprise kinds. */
export const SIZES = {
  preschool: size(20, 90, 0.94, 1, 'uniform'),
  primary: size(25, 80, 0.78, 0.92, 'uniform'),
  lowerSecondary: size(25, 70, 0.62, 0.8, 'uniform'),
  upperSecondary: size(50, 120, 0.55, 0.72, 'uniform'),
  healthStation: size(6, 18, 0.6, 0.85, 'uniform'),
  peopleCommittee: size(18, 80, 0.3, 0.5, 'uniform'),
  centre: size(10, 60, 0.35, 0.6),
  medicalCentre: size(150, 350, 0.6, 0.75, 'uniform'),
  agency: size(10, 60, 0.35, 0.6),
  hospital: size(150, 500, 0.6, 0.75, 'uniform'),
  stateUtility: size(50, 800, 0.15, 0.35),
  statePower: size(80, 250, 0.12, 0.25, 'uniform'),
  stateService: size(15, 80, 0.45, 0.65),
} as const;

/** Workers of a unit: a total drawn from the size range and a number of women ≤ total. */
export function makeWorkers(rng: Rng, sz: Size): { total: number; female: number } {
  const total = sz.dist === 'log' ? rng.logInt(sz.min, sz.max) : rng.int(sz.min, sz.max);
  const share = rng.float(sz.femaleMin, sz.femaleMax);
  const female = Math.min(total, Math.max(0, Math.round(total * share)));
  return { total, female };
}
