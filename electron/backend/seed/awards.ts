import type { DomainSeedContext } from './domainSeed';

/** Demo data of the awards domain, in the spirit of the seed articles (../shared/DOMAIN.md). */
export function seedAwards(cx: DomainSeedContext): void {
  void cx;
}
