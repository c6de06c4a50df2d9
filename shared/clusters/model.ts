import { isoDateSchema } from '../domain/format/isoDateSchema';
import { z } from 'zod';
import { nameText } from '../domain/text/cleanText';
import { TIE_RULES, type Band, type CriterionKind, type RankedUnit, type RankingScore, type TieRule } from './ranking';
import { idSchema, yearSchema } from '../domain/schemas';

const id = idSchema;
const year = yearSchema;
const isoDate = isoDateSchema;
const points = z.number().finite().min(0).max(10_000);

export const CLUSTER_KINDS = ['cluster', 'block'] as const;
export const CLUSTER_SCOPES = ['own_unions', 'peers'] as const;
export const CLUSTER_ROLES = ['leader', 'deputy', 'member'] as const;
export const CRITERION_KINDS = ['section', 'criterion', 'bonus', 'deduction'] as const;

export type ClusterKind = (typeof CLUSTER_KINDS)[number];
export type ClusterScope = (typeof CLUSTER_SCOPES)[number];
export type ClusterRole = (typeof CLUSTER_ROLES)[number];

export const clusterDraftSchema = z
  .object({
    year,
    name: nameText(200).min(1),
    kind: z.enum(CLUSTER_KINDS),
    scope: z.enum(CLUSTER_SCOPES),
    note: z.string().trim().max(2000).default(''),
  })
  .strict();
export type ClusterDraft = z.input<typeof clusterDraftSchema>;

export const clusterMemberInputSchema = z
  .object({
    id: id.optional(),
    organizationId: id.nullable(),
    name: nameText(300).min(1),
    role: z.enum(CLUSTER_ROLES),
  })
  .strict();
export type ClusterMemberInput = z.input<typeof clusterMemberInputSchema>;

export const pledgeSchema = z
  .object({
    number: z.string().trim().max(60).default(''),
    signedOn: isoDate.nullable(),
    place: z.string().trim().max(200).default(''),
    body: z.string().max(50_000).default(''),
  })
  .strict();
export type PledgeDraft = z.input<typeof pledgeSchema>;

export const levelSchema = z.object({ label: z.string().trim().min(1).max(300), points }).strict();

export const criterionInputSchema = z
  .object({
    id: id.optional(),
    kind: z.enum(CRITERION_KINDS),
    code: z.string().trim().max(20).default(''),
    content: z.string().trim().min(1).max(3000),
    condition: z.string().trim().max(4000).default(''),
    evidence: z.string().trim().max(4000).default(''),
    maxPoints: points,
    levels: z.array(levelSchema).max(20).default([]),
  })
  .strict();
export type CriterionInput = z.input<typeof criterionInputSchema>;

export const bandSchema = z
  .object({ rating: z.string().trim().min(1).max(60), label: z.string().trim().min(1).max(200), minPoints: points, maxPoints: points })
  .strict();

export const sheetSettingsSchema = z
  .object({
    name: nameText(300).min(1),
    tieRules: z.array(z.enum(TIE_RULES)).min(1).max(TIE_RULES.length),
    flagCount: z.number().int().min(0).max(100),
    bands: z.array(bandSchema).max(12),
  })
  .strict();
export type SheetSettings = z.input<typeof sheetSettingsSchema>;

export const scoreCellSchema = z
  .object({
    criterionId: id,
    clusterMemberId: id,
    field: z.enum(['self', 'agreed']),
    value: z.number().finite().nullable(),
  })
  .strict();
export type ScoreCell = z.input<typeof scoreCellSchema>;

export interface ClusterSummary {
  id: number;
  year: number;
  name: string;
  kind: ClusterKind;
  scope: ClusterScope;
  note: string;
  memberCount: number;
  leaderName: string | null;
  deputyName: string | null;
  sheetId: number | null;
  pledgeSignedOn: string | null;
}

export interface ClusterMember {
  id: number;
  organizationId: number | null;
  name: string;
  role: ClusterRole;
  position: number;
  isOwnOffice: boolean;
}

export interface Pledge {
  number: string;
  signedOn: string | null;
  place: string;
  body: string;
}

/** Why a unit is suggested: never led in the years on record, or led last in lastLedYear. */
export interface RotationPick {
  clusterMemberId: number;
  name: string;
  lastLedYear: number | null;
  /** the earliest year of this cluster on record, for "never led since …" */
  historyFrom: number | null;
  wasDeputyLastYear: boolean;
}

export interface RotationSuggestion {
  leader: RotationPick | null;
  deputy: RotationPick | null;
}

export interface ClusterDetail {
  cluster: ClusterSummary;
  members: ClusterMember[];
  pledge: Pledge | null;
  rotation: RotationSuggestion;
}

export interface Criterion {
  id: number;
  parentId: number | null;
  position: number;
  kind: CriterionKind;
  code: string;
  content: string;
  condition: string;
  evidence: string;
  maxPoints: number;
  levels: { label: string; points: number }[];
}

export interface SheetSummary {
  id: number;
  year: number;
  clusterId: number | null;
  clusterName: string;
  clusterScope: ClusterScope | null;
  name: string;
  criteriaCount: number;
  maxTotal: number;
  unitCount: number;
}

export interface SheetDetail {
  sheet: SheetSummary & { tieRules: TieRule[]; flagCount: number; updatedAt: string };
  criteria: Criterion[];
  bands: Band[];
  units: ClusterMember[];
  scores: RankingScore[];
  ranking: RankedUnit[];
  /** how many of the sheet's units have a union_ratings row from this sheet */
  ratingsApplied: number;
}

export interface UnionRatingRow {
  organizationId: number;
  code: string | null;
  name: string;
  rating: string | null;
  source: 'scoring' | 'manual' | null;
  points: number | null;
  sheetName: string | null;
}

export const unionRatingsQuerySchema = z
  .object({
    year,
    search: z.string().trim().max(100).optional(),
    rating: z.enum(['strong', 'good', 'completed', 'not_completed', 'none']).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();

export { id as idSchema, year as yearSchema };
