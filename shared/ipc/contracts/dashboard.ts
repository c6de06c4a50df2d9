import { z } from 'zod';
import { channel } from '../channel';
import { yearSchema } from '../../domain/schemas';

/** The working year at a glance: the figures of the dashboard's cards (targets come from targets:list). */
export interface DashboardYear {
  year: number;
  campaigns: { count: number; works: number; initiatives: number };
  clusters: { total: number; scored: number };
  /** Our office's decisions dated in the year's statistics period (from–to, ISO) and their money (đồng). */
  decisions: { count: number; awards: number; amount: number; from: string; to: string };
  /** Awards of the year whose certificate has not been printed yet. */
  certificatesUnprinted: number;
  /** Proposals sent up with items still waiting for the upper level's answer. */
  proposals: { pending: number; pendingItems: number; drafts: number };
  report: { state: 'none' | 'draft' | 'final'; savedAt: string | null; version: number | null; finalizedAt: string | null };
}

// Channels of the dashboard (see shared/ipc/contract.ts).
export const dashboardContract = {
  'dashboard:year': channel(z.object({ year: yearSchema }).strict()).returns<DashboardYear>(),
};
