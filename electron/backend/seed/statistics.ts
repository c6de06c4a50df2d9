import type { DomainSeedContext } from './domainSeed';

/** Demo data of the statistics domain, in the spirit of the seed articles (../shared/DOMAIN.md). */
export function seedStatistics(cx: DomainSeedContext): void {
  void cx;
}
