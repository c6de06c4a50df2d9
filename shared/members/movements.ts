import { z } from 'zod';
import { nameText } from '../domain/text/cleanText';
import { isoDateSchema, memberDraftSchema } from './model';
import { idSchema } from '../domain/schemas';

const decisionNo = z.string().trim().max(60).default('');
const memberIds = z.array(idSchema).min(1).max(100_000);

/** Kết nạp: a new member with an "admitted" history row. */
export const admitSchema = z.object({ draft: memberDraftSchema, date: isoDateSchema, decisionNo }).strict();

/** Chuyển đến from outside our office: a new member with a "transferred in" row. */
export const transferInSchema = z
  .object({ draft: memberDraftSchema, date: isoDateSchema, decisionNo, fromName: nameText(200).min(1) })
  .strict();

/** Chuyển sinh hoạt: to another CĐCS of ours (toOrganizationId), or out of our office (toName). */
export const transferSchema = z
  .object({
    memberIds,
    date: isoDateSchema,
    decisionNo,
    toOrganizationId: idSchema.optional(),
    toName: nameText(200).optional(),
  })
  .strict()
  .refine((value) => value.toOrganizationId !== undefined || !!value.toName, { message: 'toOrganizationId | toName', path: ['toName'] });

/** Ra khỏi tổ chức / thôi sinh hoạt, or từ trần. */
export const endMembershipSchema = z
  .object({ memberIds, kind: z.enum(['left', 'deceased']), date: isoDateSchema, decisionNo, note: z.string().trim().max(300).default('') })
  .strict();

export type AdmitInput = z.output<typeof admitSchema>;
export type TransferInInput = z.output<typeof transferInSchema>;
export type TransferInput = z.output<typeof transferSchema>;
export type EndMembershipInput = z.output<typeof endMembershipSchema>;
