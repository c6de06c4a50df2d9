import { isoDateSchema } from '../domain/format/isoDateSchema';
import { z } from 'zod';
import { nameText } from '../domain/text/cleanText';
import { isValidIsoDate } from '../domain/format/date';
import { idSchema } from '../domain/schemas';

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

export const MEMBER_STATUSES = ['active', 'transferred_out', 'left', 'deceased'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** Union positions (chức vụ công đoàn), stored by code, shown by name. */
export const UNION_POSITIONS = [
  'chair',
  'vice_chair',
  'executive_member',
  'inspection_member',
  'group_leader',
  'group_deputy',
  'none',
] as const;
export type UnionPosition = (typeof UNION_POSITIONS)[number];

/** Movements are history rows, never overwrites. */
export const MOVEMENT_KINDS = ['admitted', 'transferred_in', 'transferred_out', 'left', 'deceased'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** 'YYYY-MM-DD', or 'YYYY' where only the year is known (old lists often give a bare year). */
export const birthDateSchema = z
  .string()
  .refine((value) => /^\d{4}$/.test(value) || isValidIsoDate(value), { message: 'YYYY-MM-DD | YYYY' });
export { isoDateSchema };
export const cccdSchema = z.string().regex(/^\d{12}$/, { message: '12 digits' });

const optionalText = (max: number) => z.string().trim().max(max).default('');

/** What a person types (or an import supplies) for one member. */
export const memberDraftSchema = z.object({
  organizationId: idSchema,
  fullName: nameText(120).min(1),
  birthDate: birthDateSchema.nullable().default(null),
  sex: z.enum(SEXES).nullable().default(null),
  ethnicity: optionalText(50),
  religion: optionalText(50),
  hometown: optionalText(200),
  cccd: cccdSchema.nullable().default(null),
  cccdIssuedOn: isoDateSchema.nullable().default(null),
  cccdIssuedBy: optionalText(120),
  phone: optionalText(20),
  education: optionalText(50),
  qualification: optionalText(120),
  politicalTheory: optionalText(50),
  partyMember: z.boolean().default(false),
  occupation: optionalText(120),
  unionPosition: z.enum(UNION_POSITIONS).default('none'),
  joinedOn: isoDateSchema.nullable().default(null),
  cardNumber: optionalText(30),
  cardIssuedOn: isoDateSchema.nullable().default(null),
});
export type MemberDraft = z.output<typeof memberDraftSchema>;
export type MemberDraftInput = z.input<typeof memberDraftSchema>;

export interface Member extends MemberDraft {
  id: number;
  familyName: string;
  middleName: string;
  givenName: string;
  status: MemberStatus;
  organizationCode: string | null;
  organizationName: string;
  createdAt: string;
  updatedAt: string;
}

/** A row of a list or a search result: what the grid and the CLI show. */
export interface MemberListItem {
  id: number;
  fullName: string;
  birthDate: string | null;
  sex: Sex | null;
  cccd: string | null;
  phone: string;
  cardNumber: string;
  unionPosition: UnionPosition;
  status: MemberStatus;
  joinedOn: string | null;
  unionCode: string | null;
  unionName: string;
  /** The CĐCS's short name ('' when it has none): what a narrow grid column shows. */
  unionShortName: string;
}

export interface Movement {
  id: number;
  memberId: number;
  kind: MovementKind;
  date: string;
  decisionNo: string;
  fromOrganizationId: number | null;
  fromOrganizationName: string;
  toOrganizationId: number | null;
  toOrganizationName: string;
  note: string;
  createdAt: string;
}
