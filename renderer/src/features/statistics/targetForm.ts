import { z } from 'zod';
import type { TFunction } from 'i18next';
import type { TargetDraft, TargetView } from '@shared/statistics/targets';
import type { TextKeyUnder } from '../../i18n/types';

export function targetFormSchema(t: TFunction) {
  const required = (field: TextKeyUnder<'statistics.targets'>) => t('statistics.targets.required', { field: t(`statistics.targets.${field}`).toLowerCase() });
  return z
    .object({
      assignedBy: z.enum(['upper', 'own_office']),
      assigneeOrganizationId: z.number().nullable(),
      assigneeClusterId: z.number().nullable(),
      metric: z.string().nullable(),
      code: z.string().trim().min(1, required('code')).max(60),
      name: z.string().trim().min(1, required('nameField')).max(300),
      unit: z.string().trim().max(40),
      target: z.number({ error: required('targetField') }).min(0),
      note: z.string().trim().max(500),
    })
    .refine((v) => v.assignedBy === 'upper' || v.assigneeOrganizationId !== null || v.assigneeClusterId !== null, { message: t('statistics.targets.assigneeRequired'), path: ['assigneeOrganizationId'] });
}

export type TargetFormValues = z.infer<ReturnType<typeof targetFormSchema>>;

export function formValues(target: TargetView | null, nextCode: string): TargetFormValues {
  return {
    assignedBy: target?.assignedBy ?? 'upper',
    assigneeOrganizationId: target?.assigneeOrganizationId ?? null,
    assigneeClusterId: target?.assigneeClusterId ?? null,
    metric: target?.metric ?? null,
    code: target?.code ?? nextCode,
    name: target?.name ?? '',
    unit: target?.unit ?? '',
    target: target?.target ?? (null as unknown as number),
    note: target?.note ?? '',
  };
}

export function toDraft(values: TargetFormValues, year: number): TargetDraft {
  return {
    year,
    code: values.code,
    name: values.name,
    unit: values.unit,
    target: values.target,
    assignedBy: values.assignedBy,
    assigneeOrganizationId: values.assignedBy === 'upper' ? null : values.assigneeOrganizationId,
    assigneeClusterId: values.assignedBy === 'upper' || values.assigneeOrganizationId !== null ? null : values.assigneeClusterId,
    metric: values.metric,
    note: values.note,
  };
}

/** The first free "CT01", "CT02" … among the year's codes. */
export function nextTargetCode(codes: string[]): string {
  const taken = new Set(codes);
  for (let n = 1; ; n++) {
    const code = `CT${String(n).padStart(2, '0')}`;
    if (!taken.has(code)) return code;
  }
}
