import type { campaignsContract } from '../../../shared/ipc/contracts/campaigns';
import type { DomainHandlers } from '../core/handler';
import { campaignYears, deleteCampaign, getCampaign, listCampaigns, saveCampaign } from './campaignService';
import { contestEntryKind, contestKind, honourKind, initiativeKind, registrationKind, workKind } from './outcomeKinds';
import { deleteOutcomes, listOutcomes, saveOutcome } from './outcomeStore';
import { campaignTotals } from './totals';
import { exportCampaignXlsx } from './exportXlsx';
import { exportTarget } from '../files';

export const campaignsHandlers: DomainHandlers<keyof typeof campaignsContract> = {
  'campaigns:list': (ctx, { year }) => listCampaigns(ctx.db, year),
  'campaigns:years': (ctx) => campaignYears(ctx.db),
  'campaigns:get': (ctx, { id }) => getCampaign(ctx.db, id),
  'campaigns:save': (ctx, { id, draft }) => saveCampaign(ctx, id, draft),
  'campaigns:delete': (ctx, { id }) => deleteCampaign(ctx, id),
  'campaigns:exportXlsx': (ctx, { id, target }) => exportCampaignXlsx(ctx, id, exportTarget(ctx, target, `phong-trao-${id}`, 'xlsx')),
  'campaigns:totals': (ctx, filter) => campaignTotals(ctx.db, filter),
  'campaignRegistrations:list': (ctx, { campaignId, ...q }) => listOutcomes(ctx.db, registrationKind, campaignId, q),
  'campaignRegistrations:save': (ctx, { campaignId, id, draft }) => saveOutcome(ctx, registrationKind, campaignId, id, draft),
  'campaignRegistrations:delete': (ctx, { ids }) => deleteOutcomes(ctx, registrationKind, ids),
  'campaignWorks:list': (ctx, { campaignId, ...q }) => listOutcomes(ctx.db, workKind, campaignId, q),
  'campaignWorks:save': (ctx, { campaignId, id, draft }) => saveOutcome(ctx, workKind, campaignId, id, draft),
  'campaignWorks:delete': (ctx, { ids }) => deleteOutcomes(ctx, workKind, ids),
  'initiatives:list': (ctx, { campaignId, ...q }) => listOutcomes(ctx.db, initiativeKind, campaignId, q),
  'initiatives:save': (ctx, { campaignId, id, draft }) => saveOutcome(ctx, initiativeKind, campaignId, id, draft),
  'initiatives:delete': (ctx, { ids }) => deleteOutcomes(ctx, initiativeKind, ids),
  'contests:list': (ctx, { campaignId, ...q }) => listOutcomes(ctx.db, contestKind, campaignId, q),
  'contests:save': (ctx, { campaignId, id, draft }) => saveOutcome(ctx, contestKind, campaignId, id, draft),
  'contests:delete': (ctx, { ids }) => deleteOutcomes(ctx, contestKind, ids),
  'contestEntries:list': (ctx, { contestId, ...q }) => listOutcomes(ctx.db, contestEntryKind, contestId, q),
  'contestEntries:save': (ctx, { contestId, id, draft }) => saveOutcome(ctx, contestEntryKind, contestId, id, draft),
  'contestEntries:delete': (ctx, { ids }) => deleteOutcomes(ctx, contestEntryKind, ids),
  'campaignHonours:list': (ctx, { campaignId, ...q }) => listOutcomes(ctx.db, honourKind, campaignId, q),
  'campaignHonours:save': (ctx, { campaignId, id, draft }) => saveOutcome(ctx, honourKind, campaignId, id, draft),
  'campaignHonours:delete': (ctx, { ids }) => deleteOutcomes(ctx, honourKind, ids),
};
