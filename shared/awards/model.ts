import { z } from 'zod';
import { nameText } from '../domain/text/cleanText';
import { isoDateSchema } from '../members/model';
import { idSchema } from '../domain/schemas';

export const ISSUER_LEVELS = ['national', 'government', 'province_government', 'province', 'own_office', 'grassroots'] as const;
export type IssuerLevel = (typeof ISSUER_LEVELS)[number];
export const KIND_CATEGORIES = ['title', 'form'] as const;
export type KindCategory = (typeof KIND_CATEGORIES)[number];
export const KIND_RECIPIENTS = ['individual', 'collective', 'both'] as const;
export const RECIPIENT_KINDS = ['individual', 'collective'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];
export const DECISION_SCOPES = ['all_round', 'thematic'] as const;
export type DecisionScope = (typeof DECISION_SCOPES)[number];

const id = idSchema;
const text = (max: number) => z.string().trim().max(max).default('');

export interface AwardCoefficient {
  id: number;
  effectiveFrom: string;
  individual: number;
  collective: number | null;
  legalBasis: string;
}

export interface AwardKind {
  id: number;
  category: KindCategory;
  code: string;
  name: string;
  issuerLevel: IssuerLevel;
  recipientKind: (typeof KIND_RECIPIENTS)[number];
  position: number;
  active: boolean;
  usedBy: number;
  coefficients: AwardCoefficient[];
}

export const awardKindDraftSchema = z
  .object({
    category: z.enum(KIND_CATEGORIES),
    code: z.string().trim().min(1).max(20),
    name: nameText(200).min(1),
    issuerLevel: z.enum(ISSUER_LEVELS),
    recipientKind: z.enum(KIND_RECIPIENTS),
    position: z.number().int().min(0).max(100_000).default(0),
    active: z.boolean().default(true),
  })
  .strict();
export type AwardKindDraft = z.output<typeof awardKindDraftSchema>;

/** Coefficients have at most three decimals (prizeAmount works in thousandths). */
const coefficient = z
  .number()
  .min(0)
  .max(1000)
  .refine((v) => Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-6, { message: '≤ 3 decimals' });

export const awardCoefficientDraftSchema = z
  .object({
    id: id.optional(),
    awardKindId: id,
    effectiveFrom: isoDateSchema,
    individual: coefficient,
    collective: coefficient.nullable().default(null),
    legalBasis: text(200),
  })
  .strict();

export const recipientDraftSchema = z
  .object({
    /** An award already saved (kept, with its frozen money) or absent for a new one. */
    id: id.optional(),
    recipientKind: z.enum(RECIPIENT_KINDS),
    memberId: id.nullable().default(null),
    organizationId: id.nullable().default(null),
    recipientName: nameText(300).min(1),
    recipientUnit: text(300),
    achievement: text(2000),
    formKindId: id.nullable().optional(),
    titleKindId: id.nullable().optional(),
    warningOverride: text(500),
  })
  .strict();
export type RecipientDraft = z.output<typeof recipientDraftSchema>;
export type RecipientDraftInput = z.input<typeof recipientDraftSchema>;

export const decisionDraftSchema = z
  .object({
    number: z.string().trim().min(1).max(60),
    decidedOn: isoDateSchema,
    issuerLevel: z.enum(ISSUER_LEVELS).default('own_office'),
    issuerName: text(200),
    signerName: text(120),
    signerTitle: text(120),
    signerBlock: text(120),
    scope: z.enum(DECISION_SCOPES).default('all_round'),
    campaignId: id.nullable().default(null),
    formKindId: id.nullable().default(null),
    titleKindId: id.nullable().default(null),
    subject: text(500),
  })
  .strict();
export type DecisionDraft = z.output<typeof decisionDraftSchema>;
export type DecisionDraftInput = z.input<typeof decisionDraftSchema>;

export const saveDecisionSchema = z
  .object({
    id: id.optional(),
    draft: decisionDraftSchema,
    recipients: z.array(recipientDraftSchema).max(5000),
  })
  .strict();
export type SaveDecisionInput = z.input<typeof saveDecisionSchema>;

export interface DecisionListItem {
  id: number;
  year: number;
  number: string;
  decidedOn: string;
  issuerLevel: IssuerLevel;
  issuerName: string;
  scope: DecisionScope;
  formName: string | null;
  titleName: string | null;
  subject: string;
  recipients: number;
  total: number;
}

/** Who an award is for: a member, or a CĐCS (organization), by name and unit as the decision prints them. */
export interface AwardRecipient {
  recipientKind: RecipientKind;
  memberId: number | null;
  organizationId: number | null;
  recipientName: string;
  recipientUnit: string;
  achievement: string;
}

export interface AwardRow extends AwardRecipient {
  id: number;
  position: number;
  formKindId: number | null;
  titleKindId: number | null;
  formName: string | null;
  titleName: string | null;
  coefficient: number | null;
  baseSalary: number | null;
  amount: number;
  warningOverride: string;
}

export interface DecisionDetail extends DecisionListItem {
  signerName: string;
  signerTitle: string;
  signerBlock: string;
  campaignId: number | null;
  campaignName: string | null;
  formKindId: number | null;
  titleKindId: number | null;
  /** Certificates printed: from the first one the decision is finished and its money final. */
  printedCertificates: number;
  /** Căn cứ of this issuer in force on the decision date (Cài đặt → căn cứ quyết định). */
  bases: string[];
  /** Rows whose stored money differs from today's tables (e.g. a base salary added later). */
  outdatedMoney: number;
  awards: AwardRow[];
}

export type AwardWarningCode = 'both_scopes' | 'already_awarded' | 'member_left';

/** A warning shown before saving; `index` is the recipient's place in the list sent. */
export interface AwardWarning {
  index: number;
  code: AwardWarningCode;
  recipientName: string;
  /** The other decision (number, date) for both_scopes / already_awarded; the status for member_left. */
  detail: string;
}

/** Money shown in the editor before saving, per recipient. */
export interface MoneyPreview {
  coefficient: number | null;
  baseSalary: number | null;
  amount: number;
}

/** One award of a year, flat (the CLI's `awards list --json`). */
export interface YearAwardItem {
  decision: string;
  date: string;
  form: string | null;
  title: string | null;
  issuer: string;
  recipientKind: RecipientKind;
  recipient: string;
  amount: number;
}
