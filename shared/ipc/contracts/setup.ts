import { z } from 'zod';
import { nameText } from '../../domain/text/cleanText';
import { channel } from '../channel';
import { jobId } from './app';
import type { Settings } from '../../settings/schema';
import { yearSchema } from '../../domain/schemas';

export const setupStartSchema = z
  .object({
    mode: z.enum(['empty', 'demo']),
    jobId: jobId.optional(),
    officeName: nameText(200).optional(),
    /** What every document needs; asked on the first run, each may stay empty until Cài đặt. */
    upperName: nameText(200).optional(),
    placeName: nameText(60).optional(),
    signerName: nameText(120).optional(),
    signerTitle: z.string().trim().max(120).optional(),
    /** Demo data size and shape; the defaults make a typical district office. */
    unions: z.number().int().min(1).max(20_000).default(120),
    members: z.number().int().min(0).max(2_000_000).default(6_000),
    year: yearSchema.optional(),
    seed: z.number().int().min(0).default(1),
  })
  .strict();

export const setupContract = {
  'setup:start': channel(setupStartSchema).returns<Settings>(),
  /** Empties a demo office (everything the demo and the user wrote since), back to the first run. */
  'setup:clearDemo': channel(z.object({}).strict()).returns<{ cleared: boolean }>(),
};
