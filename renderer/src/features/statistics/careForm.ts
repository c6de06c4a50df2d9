import { z } from 'zod';
import type { TFunction } from 'i18next';
import { CARE_KINDS } from '@shared/statistics/catalogue';
import type { CareActivity, CareDraft } from '@shared/statistics/care';
import type { TextKeyUnder } from '../../i18n/types';

export function careFormSchema(t: TFunction) {
  const required = (field: TextKeyUnder<'statistics.care'>) => t('statistics.targets.required', { field: t(`statistics.care.${field}`).toLowerCase() });
  return z.object({
    kind: z.enum(CARE_KINDS),
    name: z.string().trim().min(1, required('name')).max(300),
    heldOn: z.string().nullable(),
    organizationId: z.number().nullable(),
    people: z.number({ error: required('people') }).int().min(0),
    amount: z.number({ error: required('amount') }).int().min(0),
    note: z.string().trim().max(500),
  });
}

export type CareFormValues = z.infer<ReturnType<typeof careFormSchema>>;

export const careFormValues = (care: CareActivity | null): CareFormValues => ({
  kind: care?.kind ?? 'tet',
  name: care?.name ?? '',
  heldOn: care?.heldOn ?? null,
  organizationId: care?.organizationId ?? null,
  people: care?.people ?? 0,
  amount: care?.amount ?? 0,
  note: care?.note ?? '',
});

export const careDraft = (values: CareFormValues, year: number): CareDraft => ({ ...values, year });
