import { z } from 'zod';
import { channel } from '../channel';
import type { BuildResult, SentPackage, UpwardState, VerifyResult } from '../../upward/model';
import { exportTargetSchema } from './files';

const year = z.number().int().min(2000).max(2100);
const base64 = z.string().min(1).max(700_000_000);

// Channels of sending upward (see shared/ipc/contract.ts).
export const upwardContract = {
  /** The office key's fingerprint, the upper level's pinned key and the log of packages sent. */
  'upward:state': channel(z.object({ year: year.optional() }).strict()).returns<UpwardState>(),
  'upward:build': channel(
    z.object({ year, personal: z.boolean().default(false), pdf: z.boolean().default(true), target: exportTargetSchema }).strict(),
  ).returns<BuildResult>(),
  /** The office key's fingerprint, grouped, for printouts (null before the key is made); reads only. */
  'upward:fingerprint': channel(z.object({}).strict()).returns<{ grouped: string | null }>(),
  'upward:verify': channel(z.object({ base64 }).strict()).returns<VerifyResult>(),
  // A receipt carries the outcome of every proposal row the package sent up.
  'upward:importReceipt': channel(z.object({ base64: z.string().min(1).max(7_000_000) }).strict()).returns<SentPackage>(),
};
