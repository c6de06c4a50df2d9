import { isoDateSchema } from '../domain/format/isoDateSchema';
import { z } from 'zod';

/** The upper levels a proposal can go to (award_proposals.to_issuer_level). */
export const PROPOSAL_LEVELS = ['province', 'province_government', 'national', 'government'] as const;
export type ProposalLevel = (typeof PROPOSAL_LEVELS)[number];

export const PROPOSAL_SCOPES = ['all_round', 'thematic'] as const;
export type ProposalScope = (typeof PROPOSAL_SCOPES)[number];

export const ITEM_STATUSES = ['proposed', 'approved', 'rejected'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const ITEM_SOURCES = ['manual', 'cluster_rank', 'initiative', 'award'] as const;
export type ItemSource = (typeof ITEM_SOURCES)[number];

export type RecipientKind = 'individual' | 'collective';

const id = z.number().int().positive();
const text = (max: number) => z.string().trim().max(max);
const isoDate = isoDateSchema;

export const proposalDraftSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    number: text(60).default(''),
    submittedOn: isoDate.nullable().default(null),
    toIssuerLevel: z.enum(PROPOSAL_LEVELS),
    formKindId: id.nullable().default(null),
    titleKindId: id.nullable().default(null),
    scope: z.enum(PROPOSAL_SCOPES).default('all_round'),
    campaignId: id.nullable().default(null),
    subject: text(300).default(''),
    body: text(20_000).default(''),
    addressee: text(300).default(''),
    recipients: text(2_000).default(''),
    signerName: text(120).default(''),
    signerTitle: text(120).default(''),
    signerBlock: text(120).default(''),
    themeCap: z.number().int().min(0).max(1000).default(4),
  })
  .strict();
export type ProposalDraft = z.output<typeof proposalDraftSchema>;
export type ProposalDraftInput = z.input<typeof proposalDraftSchema>;

export const proposalItemDraftSchema = z
  .object({
    recipientKind: z.enum(['individual', 'collective']),
    memberId: id.nullable().default(null),
    organizationId: id.nullable().default(null),
    recipientName: text(300).min(1),
    recipientUnit: text(300).default(''),
    achievement: text(4_000).default(''),
    note: text(500).default(''),
    source: z.enum(ITEM_SOURCES).default('manual'),
  })
  .strict();
export type ProposalItemDraft = z.output<typeof proposalItemDraftSchema>;
export type ProposalItemDraftInput = z.input<typeof proposalItemDraftSchema>;

/** The upper level's decision as the user types it when approving rows. */
export const upperDecisionSchema = z
  .object({
    number: text(60).min(1),
    decidedOn: isoDate,
    issuerName: text(200).default(''),
    signerName: text(120).default(''),
    signerTitle: text(120).default(''),
    /** The upper decision's own trích yếu as it is written on it; never our proposal's. */
    subject: text(500).default(''),
  })
  .strict();
export type UpperDecision = z.output<typeof upperDecisionSchema>;

export interface ProposalSummary {
  id: number;
  year: number;
  number: string;
  submittedOn: string | null;
  toIssuerLevel: ProposalLevel;
  scope: ProposalScope;
  formName: string | null;
  titleName: string | null;
  subject: string;
  items: number;
  approved: number;
  rejected: number;
}

export interface ProposalItem extends ProposalItemDraft {
  id: number;
  position: number;
  status: ItemStatus;
  reason: string;
  decidedAt: string | null;
  awardId: number | null;
  awardAmount: number | null;
  upperDecisionId: number | null;
  upperDecisionNumber: string | null;
  upperDecisionDate: string | null;
  /** What the upper level's receipt said of this row (approved, or rejected with its reason), before its decision is entered. */
  upperOutcome?: { status: 'approved' | 'rejected'; reason: string; upperName: string } | null;
}

/** A warning the user may knowingly override; the renderer words it from `code` and `params`. */
export interface ProposalWarning {
  code: 'theme_cap' | 'both_scopes';
  itemId: number | null;
  params: Record<string, string | number>;
}

export interface Proposal extends ProposalDraft {
  id: number;
  formName: string | null;
  titleName: string | null;
  campaignName: string | null;
  items: ProposalItem[];
  warnings: ProposalWarning[];
  /** The last copy sent upward (numbered), or null while it has not been sent. */
  sent: { version: number; sentAt: string } | null;
}

export interface ProposalCandidate extends ProposalItemDraft {
  /** e.g. the rank in the cluster, the initiative's title. */
  hint: string;
  /** Pre-ticked: the cluster's flag proposals. */
  suggested: boolean;
  /** Already a row of this proposal. */
  alreadyIn: boolean;
}

export const candidateQuerySchema = z
  .object({
    proposalId: id,
    source: z.enum(['cluster_rank', 'initiative', 'award']),
    sheetId: id.optional(),
  })
  .strict();

export interface ProposalOptions {
  kinds: { id: number; category: 'title' | 'form'; name: string; issuerLevel: string; recipientKind: string }[];
  campaigns: { id: number; name: string; year: number }[];
  sheets: { id: number; name: string; clusterName: string | null }[];
}

/** A candidate as a new row of the proposal (what `proposalItems:add` takes). */
export function candidateToItem(candidate: ProposalCandidate): ProposalItemDraft {
  const { hint, suggested, alreadyIn, ...item } = candidate;
  void hint;
  void suggested;
  void alreadyIn;
  return item;
}
