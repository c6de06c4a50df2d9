import { z } from 'zod';
import type { TFunction } from 'i18next';
import { todayIso } from '@shared/domain/format/date';
import { SECTORS } from '@shared/organizations/levels';
import type { UnionDetail, UnionDraftInput } from '@shared/organizations/union';

export function unionFormSchema(t: TFunction) {
  const count = z.number().int().min(0).nullable();
  return z
    .object({
      code: z.string().trim().max(30),
      name: z.string().trim().min(1, t('unions.required', { field: t('unions.fields.name').toLowerCase() })).max(250),
      shortName: z.string().trim().max(120),
      sector: z.enum(SECTORS).nullable(),
      provinceCode: z.string().nullable(),
      wardName: z.string().trim().max(120),
      address: z.string().trim().max(300),
      foundedOn: z.string().nullable(),
      foundingDecision: z.string().trim().max(60),
      workersTotal: count,
      workersFemale: count,
      chairName: z.string().trim().max(120),
      phone: z.string().trim().max(20),
      /** Editing only: the day a new number of workers or sector takes effect. */
      factsFrom: z.string().nullable(),
    })
    .refine((v) => v.workersFemale === null || v.workersTotal === null || v.workersFemale <= v.workersTotal, {
      message: t('unions.femaleTooMany'),
      path: ['workersFemale'],
    });
}

export type UnionFormValues = z.infer<ReturnType<typeof unionFormSchema>>;

export const emptyUnion: UnionFormValues = {
  code: '',
  name: '',
  shortName: '',
  sector: null,
  provinceCode: null,
  wardName: '',
  address: '',
  foundedOn: null,
  foundingDecision: '',
  workersTotal: null,
  workersFemale: null,
  chairName: '',
  phone: '',
  factsFrom: null,
};

export function toUnionFormValues(union: UnionDetail, today = todayIso()): UnionFormValues {
  return {
    code: union.code ?? '',
    name: union.name,
    shortName: union.shortName,
    sector: union.sector,
    provinceCode: union.provinceCode,
    wardName: union.wardName,
    address: union.address,
    foundedOn: union.foundedOn,
    foundingDecision: union.foundingDecision,
    workersTotal: union.workersTotal,
    workersFemale: union.workersFemale,
    chairName: union.chairName,
    phone: union.phone,
    factsFrom: today,
  };
}

export function toUnionDraft(values: UnionFormValues): UnionDraftInput {
  const { factsFrom: _factsFrom, ...draft } = values;
  return draft;
}
