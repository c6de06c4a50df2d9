import type { DomainSeedContext } from './domainSeed';

/** Demo data of the clusters domain, in the spirit of the seed articles (../shared/DOMAIN.md). */
export function seedClusters(cx: DomainSeedContext): void {
  void cx;
}
