import { useEffect } from 'react';
import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { CAMPAIGN_KINDS, LAUNCHERS, campaignDays } from '@shared/campaigns/model';
import { DateInput } from '../../components/DateInput';
import { FormField } from '../../components/FormField';
import { campaignFormSchema, type CampaignFormValues } from './campaignForm';
import { dataText } from '../../i18n/textKey';

type Key = keyof CampaignFormValues;

/** Create or edit a campaign: name, kind, year, period, the plan document, who launched it, goals. Saved by the drawer's footer. */
export function CampaignForm({ formId, initial, onSubmit, onDirtyChange }: { formId: string; initial: CampaignFormValues; onSubmit(values: CampaignFormValues): Promise<void>; onDirtyChange(dirty: boolean): void }) {
  const { t } = useTranslation();
  const { control, handleSubmit, formState } = useForm<CampaignFormValues>({ resolver: zodResolver(campaignFormSchema(t)), defaultValues: initial });
  const { isDirty } = formState;
  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);
  // Gone (saved and rebuilt, or its tab not shown yet): nothing of it is unsaved.
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);
  const [startsOn, endsOn, launchedBy] = useWatch({ control, name: ['startsOn', 'endsOn', 'launchedBy'] });
  const days = campaignDays(startsOn, endsOn);
  const label = (key: Key) => t(`campaigns.fields.${key}`);
  const text = (name: Key, span: number, extra?: { required?: boolean; placeholder?: string; area?: boolean }) => (
    <Col span={span}>
      <FormField
        control={control}
        name={name}
        label={label(name)}
        required={extra?.required}
        render={(field, a11y) =>
          extra?.area ? (
            <Input.TextArea {...field} {...a11y} autoSize={{ minRows: 2, maxRows: 6 }} value={String(field.value ?? '')} />
          ) : (
            <Input {...field} {...a11y} placeholder={extra?.placeholder} value={String(field.value ?? '')} />
          )
        }
      />
    </Col>
  );
  const date = (name: 'startsOn' | 'endsOn' | 'planDate', span: number, help?: string) => (
    <Col span={span}>
      <FormField control={control} name={name} label={label(name)} help={help} render={(field, a11y) => <DateInput id={a11y.id} ariaLabel={a11y['aria-label']} status={a11y.status} value={field.value as string | null} onChange={field.onChange} />} />
    </Col>
  );
  const select = (name: 'kind' | 'launchedBy', span: number, values: readonly string[], prefix: 'kinds' | 'launchers') => (
    <Col span={span}>
      <FormField control={control} name={name} label={label(name)} render={(field, a11y) => <Select {...a11y} value={field.value} onChange={field.onChange} options={values.map((v) => ({ value: v, label: dataText(t, `campaigns.${prefix}.${v}`) }))} />} />
    </Col>
  );

  return (
    <form id={formId} onSubmit={(event) => void handleSubmit(onSubmit)(event)} aria-label={t('campaigns.newTitle')}>
      <Form component={false} layout="vertical" size="small">
        <Row gutter={12}>
          {text('name', 24, { required: true })}
          {select('kind', 8, CAMPAIGN_KINDS, 'kinds')}
          <Col span={4}>
            <FormField control={control} name="year" label={label('year')} render={(field, a11y) => <InputNumber {...a11y} style={{ width: '100%' }} min={1900} max={2200} value={field.value as number} onChange={(v) => field.onChange(v ?? initial.year)} />} />
          </Col>
          {date('startsOn', 6)}
          {date('endsOn', 6, days ? t('campaigns.days', { count: days }) : undefined)}
          {text('planNumber', 8, { placeholder: t('campaigns.fields.planNumberPlaceholder') })}
          {date('planDate', 6)}
          {select('launchedBy', 10, LAUNCHERS, 'launchers')}
          {launchedBy === 'other' ? text('launcherName', 24, { required: true }) : null}
          {text('goals', 24, { area: true })}
          {text('targetGroups', 24, { area: true })}
        </Row>
      </Form>
    </form>
  );
}
