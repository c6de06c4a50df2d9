import { z } from 'zod';
import type { TFunction } from 'i18next';
import { SEXES, UNION_POSITIONS, type Member, type MemberDraftInput } from '@shared/members/model';
import { parseDateVi, todayIso } from '@shared/domain/format/date';
import { formatBirthDate } from '../../components/MemberPicker';
import type { TextKeyUnder } from '../../i18n/types';

/** What the member form edits: text as typed, dates as ISO (DateInput) or, for the birth date, text. */
export interface MemberFormValues {
  organizationId: number | null;
  fullName: string;
  /** dd/mm/yyyy or just yyyy, as typed. */
  birthDate: string;
  sex: (typeof SEXES)[number] | null;
  ethnicity: string;
  religion: string;
  hometown: string;
  cccd: string;
  cccdIssuedOn: string | null;
  cccdIssuedBy: string;
  phone: string;
  education: string;
  qualification: string;
  politicalTheory: string;
  partyMember: boolean;
  occupation: string;
  unionPosition: (typeof UNION_POSITIONS)[number];
  joinedOn: string | null;
  cardNumber: string;
  cardIssuedOn: string | null;
  /** Kết nạp / chuyển đến only. */
  movementDate: string | null;
  decisionNo: string;
  /** Chuyển đến only: the union the member comes from. */
  fromName: string;
}

export type MemberFormMode = 'admit' | 'transferIn' | 'edit';

export function emptyMemberForm(organizationId: number | null = null, today = todayIso()): MemberFormValues {
  return {
    organizationId,
    fullName: '',
    birthDate: '',
    sex: null,
    ethnicity: '',
    religion: '',
    hometown: '',
    cccd: '',
    cccdIssuedOn: null,
    cccdIssuedBy: '',
    phone: '',
    education: '',
    qualification: '',
    politicalTheory: '',
    partyMember: false,
    occupation: '',
    unionPosition: 'none',
    joinedOn: null,
    cardNumber: '',
    cardIssuedOn: null,
    movementDate: today,
    decisionNo: '',
    fromName: '',
  };
}

export function memberToForm(member: Member): MemberFormValues {
  return {
    ...emptyMemberForm(member.organizationId, ''),
    fullName: member.fullName,
    birthDate: formatBirthDate(member.birthDate),
    sex: member.sex,
    ethnicity: member.ethnicity,
    religion: member.religion,
    hometown: member.hometown,
    cccd: member.cccd ?? '',
    cccdIssuedOn: member.cccdIssuedOn,
    cccdIssuedBy: member.cccdIssuedBy,
    phone: member.phone,
    education: member.education,
    qualification: member.qualification,
    politicalTheory: member.politicalTheory,
    partyMember: member.partyMember,
    occupation: member.occupation,
    unionPosition: member.unionPosition,
    joinedOn: member.joinedOn,
    cardNumber: member.cardNumber,
    cardIssuedOn: member.cardIssuedOn,
    movementDate: null,
  };
}

/** A typed birth date → 'YYYY-MM-DD', 'YYYY', null (empty) or undefined (not a date). */
export function parseBirthDate(text: string): string | null | undefined {
  const value = text.trim();
  if (!value) return null;
  if (/^\d{4}$/.test(value)) return value;
  return parseDateVi(value) ?? undefined;
}

const digitsOnly = (text: string) => text.replace(/[\s.]/g, '');

/**
 * A field label inside a sentence: "Họ và tên" → "họ và tên", but acronyms stay as they are
 * ("CĐCS được chuyển đến", "CCCD").
 */
export function inSentence(label: string): string {
  const [first = '', second = ''] = label;
  return second && second === second.toLowerCase() && second !== second.toUpperCase() ? first.toLowerCase() + label.slice(1) : label;
}

/** The form's zod schema, with Vietnamese (or English) messages that name the field. */
export function memberFormSchema(t: TFunction, mode: MemberFormMode, today = todayIso()) {
  const label = (key: TextKeyUnder<'members.form'>) => t(`members.form.${key}`);
  const text = (key: TextKeyUnder<'members.form'>, max: number) =>
    z.string().trim().max(max, t('members.errors.tooLong', { field: label(key), max }));
  const requiredText = (key: TextKeyUnder<'members.form'>, max: number) =>
    text(key, max).min(1, t('members.errors.required', { field: inSentence(label(key)) }));
  const movementDateKey = mode === 'transferIn' ? 'transferInDate' : 'admitDate';

  return z.object({
    organizationId: z
      .number()
      .nullable()
      .refine((value) => value !== null, t('members.errors.choose', { field: inSentence(label('union')) })),
    fullName: requiredText('fullName', 120),
    birthDate: z
      .string()
      .refine((value) => parseBirthDate(value) !== undefined, t('members.errors.birthDate'))
      .refine((value) => {
        const parsed = parseBirthDate(value);
        // ISO dates (and bare years against this year) compare as text.
        return !parsed || parsed <= today.slice(0, parsed.length);
      }, t('members.errors.birthDateFuture')),
    sex: z.enum(SEXES).nullable(),
    ethnicity: text('ethnicity', 50),
    religion: text('religion', 50),
    hometown: text('hometown', 200),
    cccd: z.string().refine((value) => {
      const digits = digitsOnly(value);
      return digits === '' || /^\d{12}$/.test(digits);
    }, t('members.errors.cccd')),
    cccdIssuedOn: z.string().nullable(),
    cccdIssuedBy: text('cccdIssuedBy', 120),
    phone: text('phone', 20).regex(/^[\d+ .()-]*$/, t('members.errors.phone')),
    education: text('education', 50),
    qualification: text('qualification', 120),
    politicalTheory: text('politicalTheory', 50),
    partyMember: z.boolean(),
    occupation: text('occupation', 120),
    unionPosition: z.enum(UNION_POSITIONS),
    joinedOn: z.string().nullable(),
    cardNumber: text('cardNumber', 30),
    cardIssuedOn: z.string().nullable(),
    movementDate:
      mode === 'edit'
        ? z.string().nullable()
        : z
            .string()
            .nullable()
            .refine((value) => value !== null, t('members.errors.required', { field: inSentence(label(movementDateKey)) })),
    decisionNo: text('decisionNo', 60),
    fromName: mode === 'transferIn' ? requiredText('fromName', 200) : z.string(),
  });
}

/** The backend's member draft from valid form values. */
export function formToDraft(values: MemberFormValues): MemberDraftInput {
  const cccd = digitsOnly(values.cccd);
  return {
    organizationId: values.organizationId!,
    fullName: values.fullName.trim().normalize('NFC'),
    birthDate: parseBirthDate(values.birthDate) ?? null,
    sex: values.sex,
    ethnicity: values.ethnicity.trim(),
    religion: values.religion.trim(),
    hometown: values.hometown.trim(),
    cccd: cccd || null,
    cccdIssuedOn: values.cccdIssuedOn,
    cccdIssuedBy: values.cccdIssuedBy.trim(),
    phone: values.phone.trim(),
    education: values.education.trim(),
    qualification: values.qualification.trim(),
    politicalTheory: values.politicalTheory.trim(),
    partyMember: values.partyMember,
    occupation: values.occupation.trim(),
    unionPosition: values.unionPosition,
    joinedOn: values.joinedOn,
    cardNumber: values.cardNumber.trim(),
    cardIssuedOn: values.cardIssuedOn,
  };
}
