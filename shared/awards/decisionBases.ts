import { z } from 'zod';
import { isoDateSchema } from '../members/model';
import { ISSUER_LEVELS, type IssuerLevel } from './model';
import { idSchema } from '../domain/schemas';

/** One căn cứ line of a decision, for one issuer level, cited on decisions signed from … to … (inclusive). */
export interface DecisionBasis {
  id: number;
  issuerLevel: IssuerLevel;
  position: number;
  text: string;
  validFrom: string | null;
  validTo: string | null;
}

export const decisionBasisDraftSchema = z
  .object({
    id: idSchema.optional(),
    issuerLevel: z.enum(ISSUER_LEVELS).default('own_office'),
    position: z.number().int().min(0).max(100_000).default(0),
    text: z.string().trim().min(1).max(1000),
    validFrom: isoDateSchema.nullable().default(null),
    validTo: isoDateSchema.nullable().default(null),
  })
  .strict();
export type DecisionBasisDraft = z.output<typeof decisionBasisDraftSchema>;
export type DecisionBasisDraftInput = z.input<typeof decisionBasisDraftSchema>;

/** The lines in force on a date, in their order: no law is cited before it took effect or after it ended. */
export function basesOn(rows: readonly DecisionBasis[], issuerLevel: IssuerLevel, isoDate: string): string[] {
  return rows
    .filter((b) => b.issuerLevel === issuerLevel && (b.validFrom === null || b.validFrom <= isoDate) && (b.validTo === null || isoDate <= b.validTo))
    .sort((a, b) => a.position - b.position || a.id - b.id)
    .map((b) => b.text);
}
