import type { Settings } from '../../settings/schema';
import { z } from 'zod';
import { channel } from '../channel';
import { exportTargetSchema } from './files';
import {
  candidateQuerySchema,
  proposalDraftSchema,
  proposalItemDraftSchema,
  upperDecisionSchema,
  type Proposal,
  type ProposalCandidate,
  type ProposalOptions,
  type ProposalSummary,
} from '../../proposals/model';
import { idSchema, uploadSchema, yearSchema } from '../../domain/schemas';

const id = idSchema;
const year = yearSchema;
const itemIds = z.array(id).min(1).max(1000);

// Channels of the proposals domain (see shared/ipc/contract.ts).
export const proposalsContract = {
  'proposals:list': channel(z.object({ year }).strict()).returns<ProposalSummary[]>(),
  'proposals:get': channel(z.object({ id }).strict()).returns<Proposal>(),
  'proposals:send': channel(z.object({ id }).strict()).returns<Proposal>(),
  'proposals:sentCopy': channel(z.object({ id }).strict()).returns<{ version: number; sentAt: string; proposal: Proposal; settings: Settings } | null>(),
  'proposals:options': channel(z.object({ year }).strict()).returns<ProposalOptions>(),
  'proposals:suggestNumber': channel(z.object({ year }).strict()).returns<{ number: string }>(),
  'proposals:save': channel(z.object({ id: id.optional(), draft: proposalDraftSchema }).strict()).returns<Proposal>(),
  'proposals:delete': channel(z.object({ id }).strict()).returns<{ deleted: number }>(),
  'proposals:candidates': channel(candidateQuerySchema).returns<ProposalCandidate[]>(),
  'proposalItems:add': channel(z.object({ proposalId: id, items: z.array(proposalItemDraftSchema).min(1).max(1000) }).strict()).returns<Proposal>(),
  'proposalItems:update': channel(z.object({ id, item: proposalItemDraftSchema }).strict()).returns<Proposal>(),
  'proposalItems:remove': channel(z.object({ ids: itemIds }).strict()).returns<Proposal>(),
  'proposalItems:approve': channel(z.object({ ids: itemIds, decision: upperDecisionSchema }).strict()).returns<Proposal>(),
  'proposalItems:reject': channel(
    z.object({ ids: itemIds, reason: z.string().trim().min(1).max(1000) }).strict(),
  ).returns<Proposal>(),
  'proposalItems:undo': channel(z.object({ ids: itemIds }).strict()).returns<Proposal>(),
  'proposals:exportList': channel(z.object({ id, target: exportTargetSchema }).strict()).returns<{ file: string; rows: number }>(),
  'proposals:exportLetter': channel(z.object({ id, target: exportTargetSchema }).strict()).returns<{ file: string }>(),
  'proposals:templateStatus': channel(z.object({}).strict()).returns<{ custom: boolean }>(),
  'proposals:templateReplace': channel(z.object({ fileName: z.string().trim().min(1).max(260), base64: uploadSchema('wordTemplate') }).strict()).returns<{ custom: boolean }>(),
  'proposals:templateRestore': channel(z.object({}).strict()).returns<{ custom: boolean }>(),
};
