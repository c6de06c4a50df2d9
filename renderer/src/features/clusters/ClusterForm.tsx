import { useState } from 'react';
import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CLUSTER_KINDS, CLUSTER_SCOPES, type ClusterKind, type ClusterScope, type ClusterSummary } from '@shared/clusters/model';
import { call } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { useSaving } from '../../components/useSaving';

interface Values {
  year: number;
  name: string;
  kind: ClusterKind;
  scope: ClusterScope;
  note: string;
}

/** Create or edit a cluster's name, kind and make-up. */
export function ClusterForm({ year, cluster, onClose, onSaved }: { year: number; cluster: ClusterSummary | null; onClose(): void; onSaved(id: number): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, runSave } = useSaving();
  const [dirty, setDirty] = useState(false);
  const initial: Values = cluster
    ? { year: cluster.year, name: cluster.name, kind: cluster.kind, scope: cluster.scope, note: cluster.note }
    : { year, name: '', kind: 'block', scope: 'own_unions', note: '' };

  const save = async (values: Values) => {
    await runSave(async () => {
      const { id } = await call('clusters:save', { ...(cluster ? { id: cluster.id } : {}), draft: values });
      onSaved(id);
    }, t('common.saved'));
  };

  return (
    <FormModal open title={t(cluster ? 'clusters.form.titleEdit' : 'clusters.form.titleNew')} dirty={dirty} saving={saving} onSubmit={() => form.submit()} onClose={onClose}>
      <Form form={form} layout="vertical" size="small" initialValues={initial} onValuesChange={() => setDirty(true)} onFinish={(v) => void save(v)}>
        <Form.Item name="name" label={t('clusters.form.name')} rules={[{ required: true, whitespace: true }]}>
          <Input autoFocus placeholder={t('clusters.form.namePlaceholder')} maxLength={200} />
        </Form.Item>
        <Form.Item name="year" label={t('clusters.year')} rules={[{ required: true }]}>
          <InputNumber<number> min={1900} max={2200} />
        </Form.Item>
        <Form.Item name="kind" label={t('clusters.form.kind')}>
          <Select options={CLUSTER_KINDS.map((k) => ({ value: k, label: t(`clusters.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="scope" label={t('clusters.form.scope')}>
          <Select options={CLUSTER_SCOPES.map((s) => ({ value: s, label: t(`clusters.scope.${s}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('clusters.form.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
