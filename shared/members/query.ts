import { z } from 'zod';
import { MEMBER_STATUSES, SEXES, UNION_POSITIONS, type MemberListItem } from './model';
import { idSchema, yearSchema } from '../domain/schemas';

export const memberFilterSchema = z
  .object({
    organizationId: idSchema.optional(),
    status: z.enum(MEMBER_STATUSES).optional(),
    sex: z.enum(SEXES).optional(),
    position: z.enum(UNION_POSITIONS).optional(),
    ageFrom: z.number().int().min(0).max(120).optional(),
    ageTo: z.number().int().min(0).max(120).optional(),
    joinYear: yearSchema.optional(),
    search: z.string().trim().max(100).optional(),
  })
  .strict();
export type MemberFilter = z.output<typeof memberFilterSchema>;

export const memberPageSchema = memberFilterSchema.extend({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export type MemberPageQuery = z.input<typeof memberPageSchema>;

/** Searches stop counting here; `totalCapped` says the real number is larger. */
export const SEARCH_COUNT_CAP = 10_000;
/** The search-as-you-type picker looks less far: it shows "200+"; the list shows up to 10.000. */
export const QUICK_SEARCH_COUNT_CAP = 200;

export interface MemberPage {
  total: number;
  totalCapped: boolean;
  items: MemberListItem[];
}
