import { z } from 'zod';
import { channel } from '../channel';
import type { Sector } from '../../organizations/levels';
import { exportTargetSchema } from './files';
import { nameText } from '../../domain/text/cleanText';
import { isoDateSchema } from '../../members/model';
import { unionDraftSchema, unionListSchema, type UnionDetail, type UnionListItem } from '../../organizations/union';
import { idSchema } from '../../domain/schemas';

const id = idSchema;
const decisionNo = z.string().trim().max(60).default('');

/** The grassroots unions (CĐCS) of the own office: their channels keep the prefix unions:. */
export const unionsContract = {
  'unions:list': channel(unionListSchema).returns<{ total: number; items: UnionListItem[] }>(),
  'unions:get': channel(z.object({ id }).strict()).returns<UnionDetail>(),
  'unions:byCode': channel(z.object({ code: z.string().trim().min(1).max(30) }).strict()).returns<UnionDetail>(),
  'unions:save': channel(z.object({ id: id.optional(), draft: unionDraftSchema, factsFrom: isoDateSchema.optional() }).strict()).returns<UnionDetail>(),
  'unions:dissolve': channel(z.object({ id, date: isoDateSchema, decisionNo }).strict()).returns<UnionDetail>(),
  /** The list as filtered on screen, to .xlsx (a path from the save dialog, else exports/). */
  'export:unionsXlsx': channel(
    unionListSchema.omit({ offset: true, limit: true }).extend({ target: exportTargetSchema }).strict(),
  ).returns<{ file: string; rows: number }>(),
  'unions:move': channel(
    z.object({ id, managerName: nameText(200).min(1), date: isoDateSchema, decisionNo }).strict(),
  ).returns<UnionDetail>(),
};

export interface OrganizationSummary {
  grassrootsTotal: number;
  grassrootsActive: number;
  workersTotal: number;
  workersFemale: number;
  bySector: { sector: Sector | null; count: number; members: number }[];
  members: { active: number; female: number; admittedThisYear: number; year: number };
}

export const organizationsContract = {
  'organizations:summary': channel(z.object({}).strict()).returns<OrganizationSummary>(),
  ...unionsContract,
};
