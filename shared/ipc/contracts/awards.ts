import { z } from 'zod';
import { channel } from '../channel';
import {
  awardCoefficientDraftSchema,
  awardKindDraftSchema,
  decisionDraftSchema,
  recipientDraftSchema,
  saveDecisionSchema,
  ISSUER_LEVELS,
  RECIPIENT_KINDS,
  type AwardKind,
  type AwardWarning,
  type DecisionDetail,
  type DecisionListItem,
  type MoneyPreview,
  type YearAwardItem,
} from '../../awards/model';
import { isoDateSchema } from '../../members/model';
import { decisionBasisDraftSchema, type DecisionBasis } from '../../awards/decisionBases';
import type { MatchedRecipient } from '../../awards/recipientMatch';
import { idSchema, uploadSchema, yearSchema } from '../../domain/schemas';

const id = idSchema;
const year = yearSchema;
const target = z.string().min(1).max(1000).optional();

// Channels of the awards domain (see shared/ipc/contract.ts).
export const awardsContract = {
  'awardKinds:list': channel(z.object({ includeInactive: z.boolean().default(true) }).strict()).returns<AwardKind[]>(),
  'awardKinds:save': channel(z.object({ id: id.optional(), draft: awardKindDraftSchema }).strict()).returns<AwardKind>(),
  'awardKinds:delete': channel(z.object({ id }).strict()).returns<{ deleted: number }>(),
  'awardCoefficients:save': channel(awardCoefficientDraftSchema).returns<AwardKind>(),
  'awardCoefficients:delete': channel(z.object({ id }).strict()).returns<AwardKind>(),
  'awardDecisions:list': channel(z.object({ year, issuerLevel: z.enum(ISSUER_LEVELS).optional() }).strict()).returns<DecisionListItem[]>(),
  'awardDecisions:awardsOfYear': channel(z.object({ year }).strict()).returns<YearAwardItem[]>(),
  'awardDecisions:get': channel(z.object({ id }).strict()).returns<DecisionDetail>(),
  'awardDecisions:nextNumber': channel(z.object({ year }).strict()).returns<{ number: string; sequence: number }>(),
  'awardDecisions:save': channel(saveDecisionSchema).returns<DecisionDetail>(),
  'awardDecisions:delete': channel(z.object({ id }).strict()).returns<{ deleted: number; undoId: number }>(),
  'awardDecisions:reprice': channel(z.object({ id }).strict()).returns<DecisionDetail>(),
  'awardDecisions:warnings': channel(
    z.object({ id: id.optional(), draft: decisionDraftSchema, recipients: z.array(recipientDraftSchema).max(5000) }).strict(),
  ).returns<AwardWarning[]>(),
  'awardDecisions:money': channel(
    z
      .object({
        decidedOn: isoDateSchema,
        formKindId: id.nullable(),
        titleKindId: id.nullable(),
        recipients: z
          .array(z.object({ recipientKind: z.enum(RECIPIENT_KINDS), formKindId: id.nullable().optional(), titleKindId: id.nullable().optional() }).strict())
          .max(5000),
      })
      .strict(),
  ).returns<MoneyPreview[]>(),
  'awardDecisions:parseList': channel(z.object({ text: z.string().max(2_000_000) }).strict()).returns<{
    rows: MatchedRecipient[];
    errors: { row: number; column: string; message: string }[];
  }>(),
  'awardDecisions:importList': channel(z.object({ fileName: z.string().min(1).max(300), base64: uploadSchema('spreadsheet') }).strict()).returns<{
    rows: MatchedRecipient[];
    errors: { row: number; column: string; message: string }[];
  }>(),
  'awardDecisions:import': channel(
    z
      .object({
        fileName: z.string().min(1).max(300),
        base64: uploadSchema('spreadsheet'),
        number: z.string().trim().min(1).max(60),
        decidedOn: isoDateSchema,
        formCode: z.string().trim().min(1).max(20),
        issuerLevel: z.enum(ISSUER_LEVELS).optional(),
      })
      .strict(),
  ).returns<{ imported: number; updated: number; skipped: number; errors: { row: number; column: string; message: string }[]; decisionId: number | null }>(),
  'decisionBases:list': channel(z.object({}).strict()).returns<DecisionBasis[]>(),
  'decisionBases:save': channel(decisionBasisDraftSchema).returns<DecisionBasis[]>(),
  'decisionBases:delete': channel(z.object({ id }).strict()).returns<DecisionBasis[]>(),
  'awardDecisions:templateStatus': channel(z.object({}).strict()).returns<{ custom: boolean }>(),
  'awardDecisions:templateReplace': channel(z.object({ fileName: z.string().trim().min(1).max(260), base64: uploadSchema('wordTemplate') }).strict()).returns<{ custom: boolean }>(),
  'awardDecisions:templateRestore': channel(z.object({}).strict()).returns<{ custom: boolean }>(),
  'export:awardDecisionDocx': channel(z.object({ id, target }).strict()).returns<{ file: string }>(),
  'export:awardDecisionXlsx': channel(z.object({ id, target }).strict()).returns<{ file: string }>(),
};
