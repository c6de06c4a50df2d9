import type { DomainSeedContext } from './domainSeed';

/** Demo data of the campaigns domain, in the spirit of the seed articles (../shared/DOMAIN.md). */
export function seedCampaigns(cx: DomainSeedContext): void {
  void cx;
}
