import { z } from 'zod';
import { receiptProposalSchema } from '../upperRollup/proposals';

/** What the upper office signs when it accepts or returns a package. */
export const receiptBodySchema = z
  .object({
    format: z.literal('uniondesk-receipt'),
    packageId: z.string().uuid(),
    office: z.string().min(1).max(80),
    year: z.number().int(),
    revision: z.number().int().min(1),
    manifestSha256: z.string().regex(/^[0-9a-f]{64}$/),
    status: z.enum(['received', 'returned']),
    reason: z.string().max(2000),
    decidedAt: z.string(),
    upperName: z.string().max(200),
    publicKey: z.string().min(40).max(200),
    /** The upper office's decision on each of the package's proposal rows (by the lower office's row id). */
    proposals: z.array(receiptProposalSchema).max(20_000).optional(),
  })
  .strict();
export type ReceiptBody = z.output<typeof receiptBodySchema>;

/** The receipt file: the body exactly as signed (a JSON string) and its Ed25519 signature. */
export const receiptFileSchema = z.object({ body: z.string().max(5_000_000), signature: z.string().max(200) }).strict();
