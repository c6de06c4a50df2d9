import { z } from 'zod';
import { channel } from '../channel';
import { jobId } from './app';
import type { Settings } from '../../settings/schema';

export const setupStartSchema = z
  .object({
    mode: z.enum(['empty', 'demo']),
    jobId: jobId.optional(),
    officeName: z.string().trim().max(200).optional(),
    /** Demo data size and shape; the defaults make a typical district office. */
    unions: z.number().int().min(1).max(20_000).default(120),
    members: z.number().int().min(0).max(2_000_000).default(6_000),
    year: z.number().int().min(2000).max(2100).optional(),
    seed: z.number().int().min(0).default(1),
  })
  .strict();

export const setupContract = {
  'setup:start': channel(setupStartSchema).returns<Settings>(),
};
