import { isoDateSchema } from '../domain/format/isoDateSchema';
import { z } from 'zod';
import { nameText } from '../domain/text/cleanText';
import { CARE_KINDS } from './catalogue';
import { idSchema, yearSchema } from '../domain/schemas';

const isoDate = isoDateSchema;

/** Chăm lo: one activity as typed in the form. */
export const careDraftSchema = z
  .object({
    year: yearSchema,
    kind: z.enum(CARE_KINDS),
    name: nameText(300).min(1),
    heldOn: isoDate.nullable().default(null),
    organizationId: idSchema.nullable().default(null),
    people: z.number().int().min(0).max(10_000_000),
    amount: z.number().int().min(0).max(1e15),
    note: z.string().trim().max(500).default(''),
  })
  .strict();

export type CareDraft = z.output<typeof careDraftSchema>;

export interface CareActivity extends CareDraft {
  id: number;
  organizationName: string;
  createdAt: string;
}
