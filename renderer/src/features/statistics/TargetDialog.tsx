import { useEffect, useState } from 'react';
import { App, Col, Form, Radio, Row, Select, Typography } from 'antd';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { ClusterSummary } from '@shared/clusters/model';
import type { MetricOption, TargetView } from '@shared/statistics/targets';
import { call } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { FormField, TextFormField } from '../../components/FormField';
import { UnionPicker } from '../../components/UnionPicker';
import { NumberInput } from '../../components/NumberInput';
import { formValues, targetFormSchema, toDraft, type TargetFormValues } from './targetForm';
import { errorText } from '../../api/errorText';
import { FOLDED_SEARCH } from '../../components/foldedSearch';
import type { TextKeyUnder } from '../../i18n/types';

const SECTION_ORDER: TextKeyUnder<'statistics.sections'>[] = ['organization', 'members', 'representation', 'emulation', 'awards', 'care'];

export function TargetDialog({
  open,
  year,
  target,
  nextCode,
  metrics,
  onClose,
  onSaved,
}: {
  open: boolean;
  year: number;
  target: TargetView | null;
  nextCode: string;
  metrics: MetricOption[];
  onClose(): void;
  onSaved(target: TargetView): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { control, handleSubmit, reset, setValue, getValues, formState } = useForm<TargetFormValues>({
    resolver: zodResolver(targetFormSchema(t)),
    defaultValues: formValues(target, nextCode),
  });
  useEffect(() => {
    if (open) reset(formValues(target, nextCode));
  }, [open, target, nextCode, reset]);
  const [clusters, setClusters] = useState<ClusterSummary[]>([]);
  useEffect(() => {
    if (open) void call('clusters:list', { year }).then((all) => setClusters(all.filter((c) => c.scope === 'own_unions')), () => setClusters([]));
  }, [open, year]);
  const assignedBy = useWatch({ control, name: 'assignedBy' });
  const metric = useWatch({ control, name: 'metric' });
  const picked = metrics.find((m) => m.code === metric);

  const pickMetric = (code: string | null) => {
    setValue('metric', code);
    const option = metrics.find((m) => m.code === code);
    if (!option) return;
    const label = option.label.replace(/^[-\s]+/, '');
    if (!getValues('name').trim()) setValue('name', label);
    if (!getValues('unit').trim()) setValue('unit', option.unit);
  };

  const submit = async (values: TargetFormValues) => {
    try {
      const saved = await call('targets:save', { id: target?.id, draft: toDraft(values, year) });
      void message.success(t('statistics.targets.saved', { name: saved.name }));
      onSaved(saved);
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  const groups = SECTION_ORDER.map((section) => ({
    label: t(`statistics.sections.${section}`),
    options: metrics.filter((m) => m.section === section).map((m) => ({ value: m.code, label: `${m.label.replace(/^[-\s]+/, '')} (${m.unit})` })),
  })).filter((g) => g.options.length > 0);

  return (
    <FormModal
      open={open}
      title={target ? t('statistics.targets.editTitle') : t('statistics.targets.newTitle')}
      dirty={formState.isDirty}
      saving={formState.isSubmitting}
      onClose={onClose}
      onSubmit={() => void handleSubmit(submit)()}
      width={720}
    >
      <form id="target-form" onSubmit={(event) => void handleSubmit(submit)(event)} aria-label={t('statistics.targets.newTitle')}>
        <Form component={false} layout="vertical">
          <FormField
            control={control}
            name="assignedBy"
            label={t('statistics.targets.assignedBy')}
            render={(field) => (
              <Radio.Group value={field.value} onChange={(e) => field.onChange(e.target.value)}>
                <Radio value="upper">{t('statistics.targets.assignedUpper')}</Radio>
                <Radio value="own_office">{t('statistics.targets.assignedOwn')}</Radio>
              </Radio.Group>
            )}
          />
          {assignedBy === 'own_office' && (
            <FormField
              control={control}
              name="assigneeOrganizationId"
              label={t('statistics.targets.union')}
              required
              render={(field, a11y) => (
                <UnionPicker
                  value={field.value as number | null}
                  onChange={(v) => {
                    field.onChange(v);
                    if (v !== null) setValue('assigneeClusterId', null);
                  }}
                  id={a11y.id}
                  ariaLabel={a11y['aria-label']}
                  status={a11y.status}
                  style={{ width: '100%' }}
                />
              )}
            />
          )}
          {assignedBy === 'own_office' && clusters.length > 0 && (
            <FormField
              control={control}
              name="assigneeClusterId"
              label={t('statistics.targets.cluster')}
              render={(field, a11y) => (
                <Select
                  {...a11y}
                  allowClear
                  value={field.value as number | null}
                  onChange={(v: number | undefined) => {
                    field.onChange(v ?? null);
                    if (v !== undefined) setValue('assigneeOrganizationId', null);
                  }}
                  options={clusters.map((c) => ({ value: c.id, label: c.name }))}
                />
              )}
            />
          )}
          <FormField
            control={control}
            name="metric"
            label={t('statistics.targets.metric')}
            help={assignedBy === 'own_office' && picked && !picked.scoped ? t('statistics.targets.scopedOnly') : t('statistics.targets.metricHelp')}
            render={(field, a11y) => (
              <Select
                {...a11y}
                showSearch={FOLDED_SEARCH}
                allowClear
                placeholder={t('statistics.targets.metricNone')}
                value={field.value as string | null}
                onChange={(v: string | undefined) => pickMetric(v ?? null)}
                options={groups}
              />
            )}
          />
          <Row gutter={12}>
            <Col span={6}>
              <TextFormField control={control} name="code" label={t('statistics.targets.code')} required />
            </Col>
            <Col span={18}>
              <TextFormField control={control} name="name" label={t('statistics.targets.nameField')} required />
            </Col>
            <Col span={12}>
              <FormField
                control={control}
                name="target"
                label={t('statistics.targets.targetField')}
                required
                render={(field, a11y) => <NumberInput value={field.value as number | null} onChange={field.onChange} id={a11y.id} ariaLabel={a11y['aria-label']} status={a11y.status} />}
              />
            </Col>
            <Col span={12}>
              <TextFormField control={control} name="unit" label={t('statistics.targets.unit')} />
            </Col>
          </Row>
          <TextFormField control={control} name="note" label={t('statistics.targets.note')} />
          {picked && !picked.computed && <Typography.Text type="secondary">{t('statistics.targets.actualHelp')}</Typography.Text>}
          <button type="submit" hidden />
        </Form>
      </form>
    </FormModal>
  );
}
