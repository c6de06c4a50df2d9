import { z } from 'zod';
import { channel } from '../channel';
import type { Sector } from '../../organizations/levels';

export interface OrganizationSummary {
  grassrootsTotal: number;
  grassrootsActive: number;
  workersTotal: number;
  workersFemale: number;
  bySector: { sector: Sector | null; count: number; members: number }[];
  members: { active: number; female: number; admittedThisYear: number; year: number };
}

export const organizationsContract = {
  'organizations:summary': channel(z.object({}).strict()).returns<OrganizationSummary>(),
};
