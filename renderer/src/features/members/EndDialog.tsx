import { useEffect } from 'react';
import { Form, Input, Typography } from 'antd';
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
import { DecisionFields } from './DecisionFields';
import { SelectedNames } from './SelectedNames';
import { inSentence } from './memberForm';
import { useMembersAction } from './useMembersAction';

const FORM_ID = 'member-end-form';

function endSchema(t: TFunction) {
  return z.object({
    date: z
      .string()
      .nullable()
      .refine((value) => value !== null, t('members.errors.required', { field: inSentence(t('members.end.date')) })),
    decisionNo: z.string().trim().max(60, t('members.errors.tooLong', { field: t('members.form.decisionNo'), max: 60 })),
    note: z.string().trim().max(300, t('members.errors.tooLong', { field: t('members.end.note'), max: 300 })),
  });
}

type EndValues = z.input<ReturnType<typeof endSchema>>;

const endDefaults = (date: string): EndValues => ({ date, decisionNo: '', note: '' });

/** Thôi sinh hoạt or từ trần for the selected members: a status change with a history row. */
export function EndDialog({
  kind,
  members,
  open,
  onClose,
  onDone,
}: {
  kind: 'left' | 'deceased';
  members: MemberListItem[];
  open: boolean;
  onClose(): void;
  onDone(): void;
}) {
  const defaultDate = useDefaultDate();
  const { t } = useTranslation();
  const runAction = useMembersAction(onDone);
  const { control, handleSubmit, reset, formState } = useForm<EndValues>({ resolver: zodResolver(endSchema(t)), defaultValues: endDefaults(defaultDate) });
  useEffect(() => {
    if (open) reset(endDefaults(defaultDate));
  }, [open, reset, defaultDate]);

  const n = formatNumber(members.length);
  const left = kind === 'left';
  const submit = handleSubmit((values) =>
    runAction(async () => {
      await call('members:end', { memberIds: members.map((m) => m.id), kind, date: values.date!, decisionNo: values.decisionNo.trim(), note: values.note.trim() });
      return t(left ? 'members.end.doneLeft' : 'members.end.doneDeceased', { n });
    }),
  );

  return (
    <FormModal
      open={open}
      width={600}
      title={t(left ? 'members.end.titleLeft' : 'members.end.titleDeceased', { n })}
      dirty={formState.isDirty}
      saving={formState.isSubmitting}
      onClose={onClose}
      onSubmit={() => void submit()}
      okText={t(left ? 'members.end.okLeft' : 'members.end.okDeceased')}
      danger
    >
      <SelectedNames members={members} />
      <Typography.Paragraph type="secondary">{t('members.end.intro')}</Typography.Paragraph>
      <form id={FORM_ID} onSubmit={(event) => void submit(event)} noValidate>
        <Form component={false} layout="vertical">
          <DecisionFields control={control} dateLabel={t('members.end.date')} idPrefix="end" />
          <Controller
            control={control}
            name="note"
            render={({ field, fieldState }) => (
              <Form.Item label={t('members.end.note')} htmlFor="end-note" validateStatus={fieldState.error ? 'error' : ''} help={fieldState.error?.message}>
                <Input id="end-note" {...field} />
              </Form.Item>
            )}
          />
        </Form>
      </form>
    </FormModal>
  );
}
