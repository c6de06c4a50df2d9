import { z } from 'zod';
import { channel } from '../channel';
import { deadlineSchema, lowerOfficeSaveSchema, type LowerOfficeRow, type Rollup, type UpperImportResult } from '../../upperRollup/model';
import { upperProposalDecisionSchema, type UpperDraftDecision, type UpperProposalRow } from '../../upperRollup/proposals';
import { exportTargetSchema } from './files';

const year = z.number().int().min(2000).max(2100);

// Channels of the upper office's roll-up of its lower offices (see shared/ipc/contract.ts).
export const upperRollupContract = {
  'upper:offices': channel(z.object({ year }).strict()).returns<LowerOfficeRow[]>(),
  'upper:addOffice': channel(lowerOfficeSaveSchema).returns<{ id: number }>(),
  'upper:setDeadline': channel(deadlineSchema).returns<{ dueOn: string | null }>(),
  /** Many packages at once; `repin`: office codes whose new key the user accepts on purpose. */
  'upper:import': channel(
    z
      .object({
        files: z.array(z.object({ name: z.string().min(1).max(260), base64: z.string().min(1).max(700_000_000) }).strict()).min(1).max(200),
        repin: z.array(z.string().max(80)).max(200).default([]),
      })
      .strict(),
  ).returns<UpperImportResult>(),
  'upper:rollup': channel(z.object({ year }).strict()).returns<Rollup>(),
  'upper:decide': channel(
    z
      .object({ packageRowId: z.number().int().positive(), decision: z.enum(['received', 'returned']), reason: z.string().trim().max(2000).default(''), target: exportTargetSchema })
      .strict(),
  ).returns<{ file: string }>(),
  'upper:export': channel(z.object({ year, target: exportTargetSchema }).strict()).returns<{ file: string }>(),
  /** Proposals from below: every office's rows in one list, decided row by row, the approved ones drafted into our own decision. */
  'upper:proposals': channel(z.object({ year }).strict()).returns<UpperProposalRow[]>(),
  'upper:decideProposal': channel(upperProposalDecisionSchema).returns<UpperProposalRow>(),
  'upper:draftDecision': channel(z.object({ year }).strict()).returns<UpperDraftDecision>(),
};
