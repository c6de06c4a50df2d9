import { z } from 'zod';
import { channel } from '../channel';
import {
  campaignDraftSchema,
  contestDraftSchema,
  contestEntryDraftSchema,
  honourDraftSchema,
  initiativeDraftSchema,
  registrationDraftSchema,
  workDraftSchema,
  type CampaignWithTotals,
  type Contest,
  type ContestEntry,
  type Honour,
  type Initiative,
  type Page,
  type Registration,
  type Work,
} from '../../campaigns/model';
import type { CampaignTotals } from '../../campaigns/totals';
import { exportTargetSchema } from './files';
import { idSchema, yearSchema } from '../../domain/schemas';

const id = idSchema;
const page = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100), search: z.string().trim().max(100).optional() };
const ids = z.object({ ids: z.array(id).min(1).max(10_000) }).strict();

/** list / save / delete of one kind of record kept under a campaign (or, for entries, a contest). */
function outcomeChannels<P extends 'campaignId' | 'contestId', S extends z.ZodType, R>(parent: P, draft: S) {
  return {
    list: channel(z.object({ [parent]: id, ...page } as { [K in P]: typeof id } & typeof page).strict()).returns<Page<R>>(),
    save: channel(z.object({ [parent]: id, id: id.optional(), draft } as { [K in P]: typeof id } & { id: z.ZodOptional<typeof id>; draft: S }).strict()).returns<R>(),
    delete: channel(ids).returns<{ deleted: number }>(),
  };
}

const registrations = outcomeChannels<'campaignId', typeof registrationDraftSchema, Registration>('campaignId', registrationDraftSchema);
const works = outcomeChannels<'campaignId', typeof workDraftSchema, Work>('campaignId', workDraftSchema);
const initiatives = outcomeChannels<'campaignId', typeof initiativeDraftSchema, Initiative>('campaignId', initiativeDraftSchema);
const contests = outcomeChannels<'campaignId', typeof contestDraftSchema, Contest>('campaignId', contestDraftSchema);
const entries = outcomeChannels<'contestId', typeof contestEntryDraftSchema, ContestEntry>('contestId', contestEntryDraftSchema);
const honours = outcomeChannels<'campaignId', typeof honourDraftSchema, Honour>('campaignId', honourDraftSchema);

export const campaignsContract = {
  'campaigns:list': channel(z.object({ year: yearSchema }).strict()).returns<CampaignWithTotals[]>(),
  'campaigns:years': channel(z.object({}).strict()).returns<number[]>(),
  'campaigns:get': channel(z.object({ id }).strict()).returns<CampaignWithTotals>(),
  'campaigns:save': channel(z.object({ id: id.optional(), draft: campaignDraftSchema }).strict()).returns<CampaignWithTotals>(),
  'campaigns:delete': channel(z.object({ id }).strict()).returns<{ deleted: number; totals: CampaignTotals }>(),
  'campaigns:exportXlsx': channel(z.object({ id, target: exportTargetSchema }).strict()).returns<{ file: string; rows: number }>(),
  'campaigns:totals': channel(z.union([z.object({ campaignId: id }).strict(), z.object({ year: z.number().int() }).strict()])).returns<CampaignTotals>(),
  'campaignRegistrations:list': registrations.list,
  'campaignRegistrations:save': registrations.save,
  'campaignRegistrations:delete': registrations.delete,
  'campaignWorks:list': works.list,
  'campaignWorks:save': works.save,
  'campaignWorks:delete': works.delete,
  'initiatives:list': initiatives.list,
  'initiatives:save': initiatives.save,
  'initiatives:delete': initiatives.delete,
  'contests:list': contests.list,
  'contests:save': contests.save,
  'contests:delete': contests.delete,
  'contestEntries:list': entries.list,
  'contestEntries:save': entries.save,
  'contestEntries:delete': entries.delete,
  'campaignHonours:list': honours.list,
  'campaignHonours:save': honours.save,
  'campaignHonours:delete': honours.delete,
};
