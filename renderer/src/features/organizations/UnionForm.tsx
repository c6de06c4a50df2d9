import { useEffect, useState } from 'react';
import { Col, Form, Row, Select } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { SECTORS } from '@shared/organizations/levels';
import type { Province } from '@shared/geo/provinces';
import { call } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { NumberInput } from '../../components/NumberInput';
import { FormField, TextFormField } from '../../components/FormField';
import { unionFormSchema, type UnionFormValues } from './unionForm';
import { FOLDED_SEARCH } from '../../components/foldedSearch';

/** The CĐCS's fields; saved by the drawer's footer (it submits `formId`). */
export function UnionForm({ formId, initial, onSubmit, onDirtyChange }: { formId: string; initial: UnionFormValues; onSubmit(values: UnionFormValues): Promise<void>; onDirtyChange(dirty: boolean): void }) {
  const { t } = useTranslation();
  const [provinces, setProvinces] = useState<Province[]>([]);
  const { control, handleSubmit, formState } = useForm<UnionFormValues>({
    resolver: zodResolver(unionFormSchema(t)),
    defaultValues: initial,
  });
  const { isDirty } = formState;
  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);
  // Gone (saved and rebuilt, or its tab not shown yet): nothing of it is unsaved.
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);
  useEffect(() => {
    void call('geo:provinces', {}).then((data) => setProvinces(data.provinces));
  }, []);
  const f = (key: keyof UnionFormValues) => t(`unions.fields.${key === 'provinceCode' ? 'province' : key}`);
  const text = (name: keyof UnionFormValues, span: number, extra?: { help?: string; required?: boolean }) => (
    <Col span={span}>
      <TextFormField control={control} name={name} label={f(name)} {...extra} />
    </Col>
  );
  const count = (name: 'workersTotal' | 'workersFemale') => (
    <Col span={6}>
      <FormField
        control={control}
        name={name}
        label={f(name)}
        render={(field, a11y) => <NumberInput integer id={a11y.id} ariaLabel={a11y['aria-label']} status={a11y.status} value={field.value as number | null} onChange={field.onChange} />}
      />
    </Col>
  );

  return (
    <form id={formId} onSubmit={(event) => void handleSubmit(onSubmit)(event)} aria-label={t('unions.newTitle')}>
      <Form component={false} layout="vertical">
        <Row gutter={12}>
          {text('name', 16, { required: true })}
          {text('code', 8, { help: t('unions.fields.codeHelp') })}
          {text('shortName', 12)}
          <Col span={12}>
            <FormField
              control={control}
              name="sector"
              label={f('sector')}
              render={(field, a11y) => (
                <Select {...a11y} allowClear value={field.value} onChange={(v) => field.onChange(v ?? null)} options={SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))} />
              )}
            />
          </Col>
          <Col span={12}>
            <FormField
              control={control}
              name="provinceCode"
              label={f('provinceCode')}
              render={(field, a11y) => (
                <Select {...a11y} allowClear showSearch={FOLDED_SEARCH} value={field.value} onChange={(v) => field.onChange(v ?? null)} options={provinces.map((p) => ({ value: p.code, label: p.name }))} />
              )}
            />
          </Col>
          {text('wardName', 12)}
          {text('address', 24)}
          <Col span={8}>
            <FormField control={control} name="foundedOn" label={f('foundedOn')} render={(field, a11y) => <DateInput id={a11y.id} ariaLabel={a11y['aria-label']} status={a11y.status} value={field.value as string | null} onChange={field.onChange} />} />
          </Col>
          {text('foundingDecision', 8)}
          <Col span={8} />
          {count('workersTotal')}
          {count('workersFemale')}
          {text('chairName', 6)}
          {text('phone', 6)}
          {initial.factsFrom !== null && (
            <Col span={12}>
              <FormField
                control={control}
                name="factsFrom"
                label={f('factsFrom')}
                help={t('unions.fields.factsFromHelp')}
                render={(field, a11y) => <DateInput id={a11y.id} ariaLabel={a11y['aria-label']} status={a11y.status} value={field.value as string | null} onChange={field.onChange} />}
              />
            </Col>
          )}
        </Row>
      </Form>
    </form>
  );
}
