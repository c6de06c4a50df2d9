import { z } from 'zod';
import { idSchema } from '../domain/schemas';

/** proposals.json of a package: the office's sent proposals with their rows (read by the upper office). */
export const packageProposalSchema = z.object({
  number: z.string().max(60),
  submittedOn: z.string().max(10).nullable(),
  formName: z.string().max(200).nullable(),
  titleName: z.string().max(200).nullable(),
  items: z
    .array(
      z.object({
        /** Absent in packages made before proposals could be decided from above; such rows are not listed. */
        id: idSchema.optional(),
        recipientKind: z.enum(['individual', 'collective']),
        recipientName: z.string().min(1).max(300),
        recipientUnit: z.string().max(300),
        achievement: z.string().max(2000),
      }),
    )
    .max(5000),
});
export type PackageProposal = z.output<typeof packageProposalSchema>;

export type UpperProposalStatus = 'pending' | 'approved' | 'rejected';

/** One proposal row from a lower office, as the upper office decides it. */
export interface UpperProposalRow {
  id: number;
  office: string;
  officeName: string;
  proposalNumber: string;
  submittedOn: string | null;
  /** The form or title proposed. */
  title: string;
  recipientKind: 'individual' | 'collective';
  recipient: string;
  unit: string;
  achievement: string;
  status: UpperProposalStatus;
  reason: string;
  /** Set once the row is in the upper office's draft decision. */
  awardId: number | null;
}

export const upperProposalDecisionSchema = z
  .object({ rowId: idSchema, decision: z.enum(['approve', 'reject']), reason: z.string().trim().max(1000).default('') })
  .strict();

/** The upper office's own decision made of the approved rows. */
export interface UpperDraftDecision {
  decisionId: number;
  number: string;
  decidedOn: string;
  /** Rows added by this call; the others were already in the draft. */
  added: number;
  recipients: number;
  total: number;
  /** The award forms (and titles) of the draft's rows; more than one leaves the decision's own form to choose. */
  kinds: string[];
}

/** What the receipt tells the lower office about each of its proposal rows. */
export const receiptProposalSchema = z
  .object({ item: idSchema, status: z.enum(['approved', 'rejected']), reason: z.string().max(1000) })
  .strict();
