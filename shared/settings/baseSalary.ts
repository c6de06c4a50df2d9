import { z } from 'zod';
import { idSchema } from '../domain/schemas';

export interface BaseSalaryRow {
  id: number;
  effectiveFrom: string;
  amount: number;
  legalBasis: string;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const baseSalaryInputSchema = z
  .object({
    id: idSchema.optional(),
    effectiveFrom: isoDate,
    amount: z.number().int().min(100_000).max(1_000_000_000),
    legalBasis: z.string().trim().max(200).default(''),
  })
  .strict();
export type BaseSalaryInput = z.input<typeof baseSalaryInputSchema>;
