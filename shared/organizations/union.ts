import { z } from 'zod';
import { nameText } from '../domain/text/cleanText';
import { isoDateSchema } from '../members/model';
import { SECTORS, type Sector } from './levels';

const text = (max: number) => z.string().trim().max(max).default('');

/** A grassroots union (CĐCS) as a form or an import row gives it. */
export const unionDraftSchema = z
  .object({
    code: text(30),
    name: nameText(250).min(1),
    shortName: text(120),
    sector: z.enum(SECTORS).nullable().default(null),
    provinceCode: z.string().trim().max(10).nullable().default(null),
    wardName: text(120),
    address: text(300),
    foundedOn: isoDateSchema.nullable().default(null),
    foundingDecision: text(60),
    workersTotal: z.number().int().min(0).max(1_000_000).nullable().default(null),
    workersFemale: z.number().int().min(0).max(1_000_000).nullable().default(null),
    chairName: text(120),
    phone: text(20),
  })
  .strict()
  .refine((u) => u.workersFemale === null || u.workersTotal === null || u.workersFemale <= u.workersTotal, {
    message: 'workersFemale ≤ workersTotal',
    path: ['workersFemale'],
  });
export type UnionDraft = z.output<typeof unionDraftSchema>;
export type UnionDraftInput = z.input<typeof unionDraftSchema>;

export interface UnionListItem {
  id: number;
  code: string | null;
  name: string;
  shortName: string;
  sector: Sector | null;
  foundedOn: string | null;
  dissolvedOn: string | null;
  workersTotal: number | null;
  workersFemale: number | null;
  chairName: string;
  phone: string;
  activeMembers: number;
}

export interface UnionDetail extends UnionListItem {
  provinceCode: string | null;
  wardName: string;
  address: string;
  foundingDecision: string;
  dissolutionDecision: string;
  managedByUs: boolean;
  management: { managerName: string; validFrom: string; validTo: string | null; decisionNo: string }[];
}

export const unionListSchema = z
  .object({
    search: z.string().trim().max(100).optional(),
    sector: z.enum(SECTORS).optional(),
    includeDissolved: z.boolean().default(false),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100),
  })
  .strict();
