/** The upperRollup domain's public surface: what other backend domains may call. */
export { computeRollup, latestPackages } from './rollup';
