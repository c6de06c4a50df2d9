import type { proposalsContract } from '../../../shared/ipc/contracts/proposals';
import type { DomainHandlers } from '../core/handler';
import { exportTarget } from '../files/exportPath';
import { awardHistory, awardListPage } from './awardList';
import { exportAwardList } from './awardListXlsx';
import { proposalCandidates } from './candidates';
import { approveItems, rejectItems, undoItems } from './decide';
import { writeProposalLetter } from './letterDocx';
import { replaceWordTemplate, restoreWordTemplate, wordTemplateStatus } from '../documents/wordTemplates';
import { writeProposalList } from './listXlsx';
import { proposalOptions, suggestProposalNumber } from './options';
import { listProposals } from './repository';
import { sendProposal, sentCopy } from './sends';
import { addItems, editItem, getProposal, removeItems, removeProposal, saveProposal } from './service';

export const proposalsHandlers: DomainHandlers<keyof typeof proposalsContract> = {
  'proposals:list': (ctx, { year }) => listProposals(ctx.db, year),
  'proposals:get': (ctx, { id }) => getProposal(ctx.db, id),
  'proposals:options': (ctx, { year }) => proposalOptions(ctx.db, year),
  'proposals:suggestNumber': (ctx, { year }) => suggestProposalNumber(ctx, year),
  'proposals:save': (ctx, { id, draft }) => saveProposal(ctx, id, draft),
  'proposals:delete': (ctx, { id }) => removeProposal(ctx, id),
  'proposals:send': (ctx, { id }) => {
    sendProposal(ctx, getProposal(ctx.db, id));
    return getProposal(ctx.db, id);
  },
  'proposals:sentCopy': (ctx, { id }) => sentCopy(ctx.db, id),
  'proposals:candidates': (ctx, query) => proposalCandidates(ctx.db, query),
  'proposalItems:add': (ctx, { proposalId, items }) => addItems(ctx, proposalId, items),
  'proposalItems:update': (ctx, { id, item }) => editItem(ctx, id, item),
  'proposalItems:remove': (ctx, { ids }) => removeItems(ctx, ids),
  'proposalItems:approve': (ctx, { ids, decision }) => approveItems(ctx, ids, decision),
  'proposalItems:reject': (ctx, { ids, reason }) => rejectItems(ctx, ids, reason),
  'proposalItems:undo': (ctx, { ids }) => undoItems(ctx, ids),
  'proposals:exportList': (ctx, { id, target }) => writeProposalList(ctx, id, exportTarget(ctx, target, 'danh-sach-de-nghi', 'xlsx')),
  'proposals:exportLetter': (ctx, { id, target }) => writeProposalLetter(ctx, id, exportTarget(ctx, target, 'to-trinh', 'docx')),
  'proposals:templateStatus': (ctx) => wordTemplateStatus(ctx, 'proposalLetter'),
  'proposals:templateReplace': (ctx, { fileName, base64 }) => replaceWordTemplate(ctx, 'proposalLetter', fileName, base64),
  'proposals:templateRestore': (ctx) => restoreWordTemplate(ctx, 'proposalLetter'),
  'awardList:page': (ctx, { filter, offset, limit }) => awardListPage(ctx.db, filter, offset, limit),
  'awardList:export': async (ctx, { filter, target, jobId }) => {
    const job = ctx.startJob(jobId);
    try {
      return await exportAwardList(ctx, job, filter, exportTarget(ctx, target, 'khen-thuong', 'xlsx'));
    } finally {
      job.finish();
    }
  },
  'awardHistory:get': (ctx, of) => awardHistory(ctx.db, of),
};
