import { useState } from 'react';
import { App, Button, Flex, Form, Input, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { LowerOfficeRow, LowerStatus } from '@shared/upperRollup/model';
import { groupFingerprint } from '@shared/upward/fingerprint';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { saveExport } from '../../api/files';
import { DateInput } from '../../components/DateInput';
import { FormModal } from '../../components/FormModal';
import { formatTimestamp } from '../upward/timestamp';
import { PlainTable } from '../../components/PlainTable';

const COLORS: Record<LowerStatus, string> = { missing: 'default', submitted: 'blue', received: 'green', returned: 'red', late: 'orange' };

/** The lower offices: deadline of the year, status of the latest package, accept or return it (a signed receipt). */
export function OfficesTab({ year, offices, loading, onChanged }: { year: number; offices: LowerOfficeRow[]; loading: boolean; onChanged(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [returning, setReturning] = useState<LowerOfficeRow | null>(null);
  const [reason, setReason] = useState('');
  const [form] = Form.useForm<{ code: string; name: string }>();
  const [addDirty, setAddDirty] = useState(false);

  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      onChanged();
    } catch (error) {
      void message.error(errorText(error));
    }
  };
  const decide = (office: LowerOfficeRow, decision: 'received' | 'returned', why = '') =>
    run(() =>
      saveExport(
        `bien-nhan-${office.code}-${year}-r${office.revision ?? 0}.json`,
        'json',
        (where) => call('upper:decide', { packageRowId: office.packageRowId ?? 0, decision, reason: why, ...where }),
        (result) => void message.success(t('upperRollup.receiptSaved', { file: result.file })),
      ),
    );
  const add = async () => {
    const values = await form.validateFields();
    await run(async () => {
      await call('upper:addOffice', values);
      setAdding(false);
      setAddDirty(false);
      form.resetFields();
    });
  };

  return (
    <Flex vertical gap={8}>
      <Space>
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('upperRollup.addOffice')}
        </Button>
      </Space>
      <PlainTable<LowerOfficeRow>
        loading={loading}
        dataSource={offices}
        locale={{ emptyText: t('upperRollup.empty') }}
        columns={[
          { title: t('upperRollup.code'), dataIndex: 'code', width: 150 },
          { title: t('upperRollup.name'), dataIndex: 'name' },
          {
            title: t('upperRollup.dueOn', { year }),
            dataIndex: 'dueOn',
            width: 150,
            render: (v: string | null, office) => (
              <DateInput ariaLabel={t('upperRollup.dueOn', { year })} value={v} onChange={(dueOn) => void run(() => call('upper:setDeadline', { officeId: office.id, year, dueOn }))} />
            ),
          },
          { title: t('upperRollup.status'), dataIndex: 'status', width: 130, render: (v: LowerStatus, office) => <Tag color={COLORS[v]} title={office.reason}>{t(`upperRollup.statuses.${v}`)}</Tag> },
          { title: t('upperRollup.revision'), dataIndex: 'revision', width: 60 },
          { title: t('upperRollup.receivedAt'), dataIndex: 'receivedAt', width: 140, render: (v: string | null) => (v ? formatTimestamp(v) : '') },
          {
            title: t('upperRollup.fingerprint'),
            dataIndex: 'fingerprint',
            render: (v: string | null) => (v ? <span style={{ fontFamily: 'monospace', fontSize: 11 }}>{groupFingerprint(v)}</span> : ''),
          },
          {
            title: t('upperRollup.actions'),
            width: 170,
            render: (_, office) =>
              office.packageRowId ? (
                <Space size={4}>
                  <Button size="small" onClick={() => void decide(office, 'received')}>
                    {t('upperRollup.accept')}
                  </Button>
                  <Button size="small" danger onClick={() => (setReason(''), setReturning(office))}>
                    {t('upperRollup.return')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      <FormModal
        open={adding}
        title={t('upperRollup.addOffice')}
        dirty={addDirty}
        onClose={() => {
          setAdding(false);
          setAddDirty(false);
          form.resetFields();
        }}
        onSubmit={() => void add()}
      >
        <Form form={form} layout="vertical" onValuesChange={() => setAddDirty(true)}>
          <Form.Item name="code" label={t('upperRollup.code')} extra={t('upperRollup.codeHelp')} rules={[{ required: true, pattern: /^[a-z0-9-]+$/, message: t('upperRollup.codeHelp') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="name" label={t('upperRollup.name')} rules={[{ required: true, whitespace: true, message: t('upperRollup.name') }]}>
            <Input />
          </Form.Item>
        </Form>
      </FormModal>
      <FormModal
        open={returning !== null}
        title={t('upperRollup.return')}
        danger
        okDisabled={reason.trim() === ''}
        dirty={reason.trim() !== ''}
        onClose={() => setReturning(null)}
        onSubmit={() => {
          if (returning) void decide(returning, 'returned', reason);
          setReturning(null);
        }}
      >
        <Typography.Text>{t('upperRollup.returnReason')}</Typography.Text>
        <Input.TextArea aria-label={t('upperRollup.returnReason')} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </FormModal>
    </Flex>
  );
}
