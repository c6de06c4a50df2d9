import { isoDateSchema } from '../domain/format/isoDateSchema';
import { z } from 'zod';
import { nameText } from '../domain/text/cleanText';
import { parseIsoDate } from '../domain/format/date';
import type { CampaignTotals } from './totals';
import { idSchema, yearSchema } from '../domain/schemas';

export const CAMPAIGN_KINDS = ['regular', 'thematic', 'peak'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

/** Who launched the campaign: our office, the upper level, Tổng LĐLĐ, the government, another (named). */
export const LAUNCHERS = ['own_office', 'upper', 'national', 'government', 'other'] as const;
export type Launcher = (typeof LAUNCHERS)[number];

const isoDate = isoDateSchema.nullable().default(null);
const text = (max: number) => z.string().trim().max(max).default('');
const optionalId = idSchema.nullable().default(null);

/**
 * Business rules (end ≥ start, name present, launcher named) are checked by the service with
 * messages that name the field, so the schemas only fix the shapes.
 */
export const campaignDraftSchema = z
  .object({
    year: yearSchema,
    name: nameText(300),
    kind: z.enum(CAMPAIGN_KINDS),
    startsOn: isoDate,
    endsOn: isoDate,
    planNumber: text(60),
    planDate: isoDate,
    launchedBy: z.enum(LAUNCHERS).default('own_office'),
    launcherName: text(200),
    goals: text(4000),
    targetGroups: text(2000),
  })
  .strict();
export type CampaignDraft = z.output<typeof campaignDraftSchema>;
export type CampaignDraftInput = z.input<typeof campaignDraftSchema>;

export interface Campaign extends CampaignDraft {
  id: number;
  createdAt: string;
  updatedAt: string;
}

export interface CampaignWithTotals extends Campaign {
  totals: CampaignTotals;
}

export const registrationDraftSchema = z
  .object({
    organizationId: optionalId,
    memberId: optionalId,
    personName: text(120),
    registeredOn: isoDate,
    commitment: text(2000),
  })
  .strict();
export type RegistrationDraft = z.output<typeof registrationDraftSchema>;

export const WORK_LEVELS = ['grassroots', 'upper'] as const;
export const WORK_STATUSES = ['planned', 'in_progress', 'completed'] as const;

export const workDraftSchema = z
  .object({
    organizationId: optionalId,
    name: nameText(300),
    level: z.enum(WORK_LEVELS),
    value: z.number().int().nullable().default(null),
    status: z.enum(WORK_STATUSES).default('completed'),
    plaque: z.boolean().default(false),
    completedOn: isoDate,
    note: text(1000),
  })
  .strict();
export type WorkDraft = z.output<typeof workDraftSchema>;

export const authorSchema = z.object({ memberId: optionalId, name: nameText(120) }).strict();

export const initiativeDraftSchema = z
  .object({
    organizationId: optionalId,
    title: z.string().trim().max(300),
    recognizedOn: isoDate,
    value: z.number().int().default(0),
    note: text(1000),
    authors: z.array(authorSchema).max(50).default([]),
  })
  .strict();
export type InitiativeDraft = z.output<typeof initiativeDraftSchema>;

export const contestDraftSchema = z
  .object({ name: nameText(300), heldFrom: isoDate, heldTo: isoDate, note: text(1000) })
  .strict();
export type ContestDraft = z.output<typeof contestDraftSchema>;

export const CONTEST_RESULTS = ['first', 'second', 'third', 'consolation', 'none'] as const;
export type ContestResult = (typeof CONTEST_RESULTS)[number];
export const RECIPIENT_KINDS = ['individual', 'collective'] as const;

export const contestEntryDraftSchema = z
  .object({
    trade: text(120),
    contestantKind: z.enum(RECIPIENT_KINDS).default('individual'),
    memberId: optionalId,
    contestantName: nameText(200),
    organizationId: optionalId,
    enterpriseName: text(200),
    districtName: text(120),
    result: z.enum(CONTEST_RESULTS).default('none'),
    prizeAmount: z.number().int().default(0),
  })
  .strict();
export type ContestEntryDraft = z.output<typeof contestEntryDraftSchema>;

export const honourDraftSchema = z
  .object({
    title: z.string().trim().max(200),
    recipientKind: z.enum(RECIPIENT_KINDS),
    memberId: optionalId,
    organizationId: optionalId,
    recipientName: nameText(200),
    honouredOn: isoDate,
    note: text(1000),
  })
  .strict();
export type HonourDraft = z.output<typeof honourDraftSchema>;

/** Rows as lists show them: the draft, its id and the names of the linked CĐCS and member. */
interface Linked {
  id: number;
  organizationName: string | null;
}
export type Registration = RegistrationDraft & Linked & { memberName: string | null };
export type Work = WorkDraft & Linked;
export type Initiative = InitiativeDraft & Linked;
export type Contest = ContestDraft & { id: number; entries: number; prizeWinners: number; prizeMoney: number };
export type ContestEntry = ContestEntryDraft & Linked & { contestId: number };
export type Honour = HonourDraft & Linked;

export interface Page<T> {
  total: number;
  items: T[];
}

/**
 * The length a campaign is known by. Plans count whole months as 30 days ("đợt thi đua cao điểm
 * 150 ngày" runs 01/5–30/9, which is 153 calendar days); other ranges count calendar days, both ends in.
 */
export function campaignDays(startsOn: string | null, endsOn: string | null): number | null {
  const from = startsOn ? parseIsoDate(startsOn) : null;
  const to = endsOn ? parseIsoDate(endsOn) : null;
  if (!from || !to || endsOn! < startsOn!) return null;
  const lastDay = new Date(Date.UTC(to.year, to.month, 0)).getUTCDate();
  if (from.day === 1 && to.day === lastDay) return 30 * ((to.year - from.year) * 12 + to.month - from.month + 1);
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000) + 1;
}
