import { z } from 'zod';
import { idSchema, yearSchema } from '../domain/schemas';

export const AWARD_ISSUER_LEVELS = ['national', 'government', 'province_government', 'province', 'own_office', 'grassroots'] as const;
export type AwardIssuerLevel = (typeof AWARD_ISSUER_LEVELS)[number];

const id = idSchema;

/** Filters of "Danh sách khen thưởng" (the awards of a year). */
export const awardListFilterSchema = z
  .object({
    year: yearSchema,
    issuerLevel: z.enum(AWARD_ISSUER_LEVELS).optional(),
    formKindId: id.optional(),
    titleKindId: id.optional(),
    recipientKind: z.enum(['individual', 'collective']).optional(),
    organizationId: id.optional(),
    search: z.string().trim().max(100).optional(),
  })
  .strict();
export type AwardListFilter = z.output<typeof awardListFilterSchema>;

export const awardListPageSchema = z
  .object({
    filter: awardListFilterSchema,
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();

export interface AwardListItem {
  id: number;
  year: number;
  recipientKind: 'individual' | 'collective';
  recipientName: string;
  recipientUnit: string;
  memberId: number | null;
  organizationId: number | null;
  organizationName: string | null;
  achievement: string;
  formName: string | null;
  titleName: string | null;
  amount: number;
  decisionId: number;
  decisionNumber: string;
  decidedOn: string;
  issuerLevel: AwardIssuerLevel;
  issuerName: string;
}

/** Money and count of one issuer level and one form (or title, where there is no form). */
export interface AwardTotal {
  issuerLevel: AwardIssuerLevel;
  kindName: string;
  count: number;
  amount: number;
}

export interface AwardListPage {
  total: number;
  items: AwardListItem[];
  totals: AwardTotal[];
  amount: number;
}

/** One row of a member's or a CĐCS's award history. */
export type AwardHistoryRow = Omit<AwardListItem, 'organizationName'>;
