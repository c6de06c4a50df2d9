import { useEffect } from 'react';
import { Button, Flex, Form, Input } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ClusterDetail, Pledge } from '@shared/clusters/model';
import { call } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { usePrintDocument } from '../../components/usePrintDocument';
import { useSaving } from '../../components/useSaving';

/** DateInput inside an antd Form.Item, which passes value and onChange. */
function FormDate({ value, onChange, ariaLabel, id }: { value?: string | null; onChange?: (v: string | null) => void; ariaLabel: string; id?: string }) {
  return <DateInput id={id} ariaLabel={ariaLabel} value={value} onChange={(v) => onChange?.(v)} />;
}

/** Giao ước thi đua: number, date, place and text; printed in the NĐ 30 format. */
export function PledgeForm({ detail, onSaved, onDirtyChange }: { detail: ClusterDetail; onSaved(): void; onDirtyChange(dirty: boolean): void }) {
  const { t } = useTranslation();
  const printDocument = usePrintDocument();
  const [form] = Form.useForm<Pledge>();
  const { saving, runSave } = useSaving();
  const initial: Pledge = detail.pledge ?? { number: '', signedOn: null, place: '', body: '' };
  useEffect(() => form.setFieldsValue(detail.pledge ?? { number: '', signedOn: null, place: '', body: '' }), [detail.pledge, form]);

  const save = async (values: Pledge) => {
    await runSave(async () => {
      await call('clusters:savePledge', { id: detail.cluster.id, pledge: { ...values, signedOn: values.signedOn ?? null } });
      onDirtyChange(false);
      onSaved();
    }, t('clusters.pledge.saved'));
  };

  return (
    <Form form={form} layout="vertical" size="small" initialValues={initial} onValuesChange={() => onDirtyChange(true)} onFinish={(v) => void save(v)}>
      <Flex gap={12}>
        <Form.Item name="number" label={t('clusters.pledge.number')} style={{ width: 200 }}>
          <Input maxLength={60} placeholder="01/GƯTĐ" />
        </Form.Item>
        <Form.Item name="signedOn" label={t('clusters.pledge.signedOn')} style={{ width: 180 }}>
          <FormDate ariaLabel={t('clusters.pledge.signedOn')} />
        </Form.Item>
        <Form.Item name="place" label={t('clusters.pledge.place')} style={{ flex: 1 }}>
          <Input maxLength={200} />
        </Form.Item>
      </Flex>
      <Form.Item name="body" label={t('clusters.pledge.body')} extra={t('clusters.pledge.bodyHelp')}>
        <Input.TextArea rows={14} maxLength={50_000} />
      </Form.Item>
      <Flex justify="end" gap={8}>
        <Button icon={<PrinterOutlined />} disabled={!detail.pledge} onClick={() => void printDocument(`print/clusters-pledge?id=${detail.cluster.id}`)}>
          {t('clusters.pledge.print')}
        </Button>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('clusters.pledge.save')}
        </Button>
      </Flex>
    </Form>
  );
}
