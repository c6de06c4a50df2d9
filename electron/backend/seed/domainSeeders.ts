import type { DomainSeeder } from './domainSeed';
import { seedCampaigns } from './campaigns';
import { seedClusters } from './clusters';
import { seedStatistics } from './statistics';
import { seedAwards } from './awards';
import { seedProposals } from './proposals';

/** In dependency order: awards may name campaigns and cluster rankings, proposals name awards. */
export const DOMAIN_SEEDERS: readonly DomainSeeder[] = [seedCampaigns, seedClusters, seedStatistics, seedAwards, seedProposals];
