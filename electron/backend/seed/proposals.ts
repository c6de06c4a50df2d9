import type { DomainSeedContext } from './domainSeed';

/** Demo data of the proposals domain, in the spirit of the seed articles (../shared/DOMAIN.md). */
export function seedProposals(cx: DomainSeedContext): void {
  void cx;
}
