import { useEffect, useState } from 'react';
import { Form, Input, Radio } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MemberListItem } from '@shared/members/model';
import { useDefaultDate } from '../../components/useDefaultDate';
import { formatNumber } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { UnionPicker } from '../../components/UnionPicker';
import { DecisionFields } from './DecisionFields';
import { SelectedNames } from './SelectedNames';
import { inSentence } from './memberForm';
import { useMembersAction } from './useMembersAction';
import type { TextKeyUnder } from '../../i18n/types';

const FORM_ID = 'member-transfer-form';

function transferSchema(t: TFunction) {
  const field = (key: TextKeyUnder<'members.transfer'>) => inSentence(t(`members.transfer.${key}`));
  return z
    .object({
      target: z.enum(['internal', 'external']),
      toOrganizationId: z.number().nullable(),
      toName: z.string().trim().max(200, t('members.errors.tooLong', { field: t('members.transfer.toName'), max: 200 })),
      date: z
        .string()
        .nullable()
        .refine((value) => value !== null, t('members.errors.required', { field: field('date') })),
      decisionNo: z.string().trim().max(60, t('members.errors.tooLong', { field: t('members.form.decisionNo'), max: 60 })),
    })
    .superRefine((value, ctx) => {
      if (value.target === 'internal' && value.toOrganizationId === null) {
        ctx.addIssue({ code: 'custom', path: ['toOrganizationId'], message: t('members.errors.choose', { field: field('toUnion') }) });
      }
      if (value.target === 'external' && !value.toName) {
        ctx.addIssue({ code: 'custom', path: ['toName'], message: t('members.errors.required', { field: field('toName') }) });
      }
    });
}

type TransferValues = z.input<ReturnType<typeof transferSchema>>;

const transferDefaults = (date: string): TransferValues => ({ target: 'internal', toOrganizationId: null, toName: '', date, decisionNo: '' });

/** Chuyển sinh hoạt: the selected members go to another CĐCS of ours, or out of the office. */
export function TransferDialog({ members, open, onClose, onDone }: { members: MemberListItem[]; open: boolean; onClose(): void; onDone(): void }) {
  const defaultDate = useDefaultDate();
  const { t } = useTranslation();
  const runAction = useMembersAction(onDone);
  const [unionName, setUnionName] = useState('');
  const { control, handleSubmit, reset, watch, formState } = useForm<TransferValues>({ resolver: zodResolver(transferSchema(t)), defaultValues: transferDefaults(defaultDate) });
  const target = watch('target');

  useEffect(() => {
    if (open) reset(transferDefaults(defaultDate));
  }, [open, reset, defaultDate]);

  const n = formatNumber(members.length);
  const submit = handleSubmit((values) =>
    runAction(async () => {
      const internal = values.target === 'internal';
      await call('members:transfer', {
        memberIds: members.map((m) => m.id),
        date: values.date!,
        decisionNo: values.decisionNo.trim(),
        ...(internal ? { toOrganizationId: values.toOrganizationId! } : { toName: values.toName.trim() }),
      });
      return internal ? t('members.transfer.done', { n, name: unionName }) : t('members.transfer.doneExternal', { n, name: values.toName.trim() });
    }),
  );

  return (
    <FormModal
      open={open}
      width={640}
      title={t('members.transfer.title', { n })}
      dirty={formState.isDirty}
      saving={formState.isSubmitting}
      onClose={onClose}
      onSubmit={() => void submit()}
      okText={t('members.transfer.ok')}
    >
      <SelectedNames members={members} />
      <form id={FORM_ID} onSubmit={(event) => void submit(event)} noValidate>
        <Form component={false} layout="vertical">
          <Controller
            control={control}
            name="target"
            render={({ field }) => (
              <Form.Item>
                <Radio.Group value={field.value} onChange={(event) => field.onChange(event.target.value)}>
                  <Radio value="internal">{t('members.transfer.internal')}</Radio>
                  <Radio value="external">{t('members.transfer.external')}</Radio>
                </Radio.Group>
              </Form.Item>
            )}
          />
          {target === 'internal' ? (
            <Controller
              control={control}
              name="toOrganizationId"
              render={({ field, fieldState }) => (
                <Form.Item label={t('members.transfer.toUnion')} htmlFor="transfer-to-union" required validateStatus={fieldState.error ? 'error' : ''} help={fieldState.error?.message}>
                  <UnionPicker
                    id="transfer-to-union"
                    value={field.value}
                    status={fieldState.error ? 'error' : ''}
                    onChange={(id, union) => {
                      field.onChange(id);
                      setUnionName(union?.name ?? '');
                    }}
                  />
                </Form.Item>
              )}
            />
          ) : (
            <Controller
              control={control}
              name="toName"
              render={({ field, fieldState }) => (
                <Form.Item label={t('members.transfer.toName')} htmlFor="transfer-to-name" required validateStatus={fieldState.error ? 'error' : ''} help={fieldState.error?.message}>
                  <Input id="transfer-to-name" {...field} placeholder={t('members.transfer.toNamePlaceholder')} status={fieldState.error ? 'error' : ''} />
                </Form.Item>
              )}
            />
          )}
          <DecisionFields control={control} dateLabel={t('members.transfer.date')} idPrefix="transfer" />
        </Form>
      </form>
    </FormModal>
  );
}
