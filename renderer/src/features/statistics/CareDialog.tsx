import { useEffect } from 'react';
import { App, Col, Form, Row, Select } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { CARE_KINDS } from '@shared/statistics/catalogue';
import type { CareActivity } from '@shared/statistics/care';
import { call } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { FormField, TextFormField } from '../../components/FormField';
import { UnionPicker } from '../../components/UnionPicker';
import { NumberInput } from '../../components/NumberInput';
import { MoneyInput } from '../../components/MoneyInput';
import { FormModal } from '../../components/FormModal';
import { careDraft, careFormSchema, careFormValues, type CareFormValues } from './careForm';
import { errorText } from '../../api/errorText';
import type { TextKeyUnder } from '../../i18n/types';

export function CareDialog({ open, year, care, onClose, onSaved }: { open: boolean; year: number; care: CareActivity | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { control, handleSubmit, reset, formState } = useForm<CareFormValues>({ resolver: zodResolver(careFormSchema(t)), defaultValues: careFormValues(care) });
  useEffect(() => {
    if (open) reset(careFormValues(care));
  }, [open, care, reset]);
  const k = (key: TextKeyUnder<'statistics.care'>) => t(`statistics.care.${key}`);
  const submit = async (values: CareFormValues) => {
    try {
      const saved = await call('care:save', { id: care?.id, draft: careDraft(values, year) });
      void message.success(t('statistics.care.saved', { name: saved.name }));
      onSaved();
    } catch (error) {
      void message.error(errorText(error));
    }
  };
  return (
    <FormModal
      open={open}
      title={care ? k('editTitle') : k('newTitle')}
      dirty={formState.isDirty}
      saving={formState.isSubmitting}
      onClose={onClose}
      onSubmit={() => void handleSubmit(submit)()}
      width={640}
    >
      <form id="care-form" onSubmit={(event) => void handleSubmit(submit)(event)} aria-label={k('newTitle')}>
        <Form component={false} layout="vertical">
          <Row gutter={12}>
            <Col span={10}>
              <FormField
                control={control}
                name="kind"
                label={k('kind')}
                render={(field, a11y) => <Select {...a11y} value={field.value as string} onChange={field.onChange} options={CARE_KINDS.map((kind) => ({ value: kind, label: t(`statistics.care.kinds.${kind}`) }))} />}
              />
            </Col>
            <Col span={14}>
              <FormField control={control} name="heldOn" label={k('heldOn')} render={(field, a11y) => <DateInput value={field.value as string | null} onChange={field.onChange} id={a11y.id} ariaLabel={a11y['aria-label']} status={a11y.status} />} />
            </Col>
            <Col span={24}>
              <TextFormField control={control} name="name" label={k('name')} required />
            </Col>
            <Col span={24}>
              <FormField
                control={control}
                name="organizationId"
                label={k('union')}
                render={(field, a11y) => <UnionPicker value={field.value as number | null} onChange={(v) => field.onChange(v)} id={a11y.id} ariaLabel={a11y['aria-label']} placeholder={k('unionAll')} style={{ width: '100%' }} />}
              />
            </Col>
            <Col span={12}>
              <FormField control={control} name="people" label={k('people')} required render={(field, a11y) => <NumberInput integer value={field.value as number} onChange={field.onChange} id={a11y.id} ariaLabel={a11y['aria-label']} status={a11y.status} />} />
            </Col>
            <Col span={12}>
              <FormField control={control} name="amount" label={k('amount')} required render={(field, a11y) => <MoneyInput value={field.value as number | null} onChange={field.onChange} id={a11y.id} ariaLabel={a11y['aria-label']} status={a11y.status} />} />
            </Col>
            <Col span={24}>
              <TextFormField control={control} name="note" label={k('note')} />
            </Col>
          </Row>
          <button type="submit" hidden />
        </Form>
      </form>
    </FormModal>
  );
}
