import { z } from 'zod';

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
  })
  .strict();
export type ReceiptBody = z.output<typeof receiptBodySchema>;

/** The receipt file: the body exactly as signed (a JSON string) and its Ed25519 signature. */
export const receiptFileSchema = z.object({ body: z.string().max(20_000), signature: z.string().max(200) }).strict();
