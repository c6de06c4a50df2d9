import { useEffect, useState } from 'react';
import { App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { BaseSalaryInput, BaseSalaryRow } from '@shared/settings/baseSalary';
import { formatDateVi } from '@shared/domain/format/date';
import { formatMoney } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { MoneyInput } from '../../components/MoneyInput';
import { DateInput } from '../../components/DateInput';
import { EditDeleteButtons } from '../../components/EditDeleteButtons';
import { FormModal } from '../../components/FormModal';
import { errorText } from '../../api/errorText';
import { PlainTable } from '../../components/PlainTable';

interface Draft {
  id?: number;
  effectiveFrom: string | null;
  amount: number | null;
  legalBasis: string;
}

export function BaseSalaryTable() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [rows, setRows] = useState<BaseSalaryRow[]>([]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [form] = Form.useForm<Draft>();

  useEffect(() => {
    call('baseSalary:list', {}).then(setRows, (e: unknown) => message.error(errorText(e)));
  }, [message]);

  const save = async (input: BaseSalaryInput) => {
    try {
      setRows(await call('baseSalary:save', input));
      setDraft(null);
      message.success(t('common.saved'));
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const remove = async (row: BaseSalaryRow) => {
    try {
      setRows(await call('baseSalary:delete', { id: row.id }));
      const restore = { effectiveFrom: row.effectiveFrom, amount: row.amount, legalBasis: row.legalBasis };
      message.info({
        content: (
          <Space>
            {t('common.deleted')}
            <Button size="small" type="link" onClick={() => void save(restore)}>
              {t('common.undo')}
            </Button>
          </Space>
        ),
        duration: 8,
      });
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const submitDraft = async () => {
    const values = await form.validateFields();
    await save({
      ...(draft?.id ? { id: draft.id } : {}),
      effectiveFrom: values.effectiveFrom!,
      amount: values.amount!,
      legalBasis: values.legalBasis ?? '',
    });
  };

  const open = (next: Draft) => {
    setDraft(next);
    setDirty(false);
    form.resetFields();
    form.setFieldsValue(next);
  };

  return (
    <Card
      size="small"
      title={t('settings.baseSalarySection')}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => open({ effectiveFrom: null, amount: null, legalBasis: '' })}>
          {t('settings.addBaseSalary')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('settings.baseSalaryHelp')}</Typography.Paragraph>
      <PlainTable<BaseSalaryRow>
        dataSource={rows}
        columns={[
          { title: t('settings.effectiveFrom'), dataIndex: 'effectiveFrom', render: (value: string) => formatDateVi(value) },
          { title: t('settings.amount'), dataIndex: 'amount', align: 'right', render: (value: number) => formatMoney(value) },
          { title: t('settings.legalBasis'), dataIndex: 'legalBasis' },
          {
            key: 'actions',
            width: 100,
            render: (_, row) => (
              <EditDeleteButtons
                onEdit={() => open({ id: row.id, effectiveFrom: row.effectiveFrom, amount: row.amount, legalBasis: row.legalBasis })}
                onDelete={() => void remove(row)}
              />
            ),
          },
        ]}
      />
      <FormModal open={draft !== null} title={t('settings.baseSalarySection')} dirty={dirty} onClose={() => setDraft(null)} onSubmit={() => void submitDraft()}>
        <Form form={form} layout="vertical" onValuesChange={() => setDirty(true)} onFinish={() => void submitDraft()}>
          <Form.Item name="effectiveFrom" label={t('settings.effectiveFrom')} rules={[{ required: true, message: t('settings.dateFormat') }]}>
            <DateField ariaLabel={t('settings.effectiveFrom')} />
          </Form.Item>
          <Form.Item name="amount" label={t('settings.amount')} rules={[{ required: true, message: t('settings.required', { field: t('settings.amount').toLowerCase() }) }]}>
            <MoneyInput aria-label={t('settings.amount')} />
          </Form.Item>
          <Form.Item name="legalBasis" label={t('settings.legalBasis')}>
            <Input />
          </Form.Item>
        </Form>
      </FormModal>
    </Card>
  );
}

/** Form.Item gives value/onChange to its child. */
function DateField({ value, onChange, id, ariaLabel }: { value?: string | null; onChange?(value: string | null): void; id?: string; ariaLabel: string }) {
  return <DateInput id={id} ariaLabel={ariaLabel} value={value} onChange={(next) => onChange?.(next)} />;
}
