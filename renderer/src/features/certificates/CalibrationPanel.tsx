import { useState } from 'react';
import { App, Button, Empty, Flex, Form, Input, InputNumber, Popconfirm, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PrinterCalibration } from '@shared/certificates/template';
import { call } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { errorText } from '../../api/errorText';
import { useSaving } from '../../components/useSaving';

interface Draft {
  id?: number;
  name: string;
  dxMm: number;
  dyMm: number;
}

/** Per-printer offsets (dx, dy in mm), chosen at print time. */
export function CalibrationPanel({ calibrations, onChanged }: { calibrations: PrinterCalibration[]; onChanged(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditingDraft] = useState<Draft | null>(null);
  const [dirty, setDirty] = useState(false);
  const { saving, runSave } = useSaving();
  const open = (draft: Draft) => {
    setEditingDraft(draft);
    setDirty(false);
  };
  const setEditing = (draft: Draft) => {
    setEditingDraft(draft);
    setDirty(true);
  };

  const save = async () => {
    if (!editing) return;
    await runSave(async () => {
      const { id, ...draft } = editing;
      await call('certificates:saveCalibration', { ...(id !== undefined ? { id } : {}), draft });
      setEditingDraft(null);
      onChanged();
    }, t('common.saved'));
  };
  const remove = async (id: number) => {
    try {
      await call('certificates:deleteCalibration', { id });
      onChanged();
    } catch (error) {
      message.error(errorText(error));
    }
  };

  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{t('certificates.calibrations.help')}</Typography.Text>
      <div>
        <Button icon={<PlusOutlined />} onClick={() => open({ name: '', dxMm: 0, dyMm: 0 })}>
          {t('certificates.calibrations.add')}
        </Button>
      </div>
      {calibrations.length === 0 ? (
        <Empty description={t('certificates.calibrations.empty')} />
      ) : (
        <Table<PrinterCalibration>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={calibrations}
          style={{ maxWidth: 720 }}
          columns={[
            { title: t('certificates.calibrations.name'), dataIndex: 'name' },
            { title: t('certificates.calibrations.dx'), dataIndex: 'dxMm', align: 'right', render: (v: number) => String(v).replace('.', ',') },
            { title: t('certificates.calibrations.dy'), dataIndex: 'dyMm', align: 'right', render: (v: number) => String(v).replace('.', ',') },
            {
              key: 'actions',
              width: 150,
              render: (_: unknown, c) => (
                <Flex gap={4}>
                  <Button size="small" onClick={() => open({ id: c.id, name: c.name, dxMm: c.dxMm, dyMm: c.dyMm })}>{t('common.edit')}</Button>
                  <Popconfirm title={t('certificates.calibrations.deleteConfirm', { name: c.name })} okText={t('common.yes')} cancelText={t('common.no')} onConfirm={() => void remove(c.id)}>
                    <Button size="small" danger>{t('common.delete')}</Button>
                  </Popconfirm>
                </Flex>
              ),
            },
          ]}
        />
      )}
      <FormModal open={editing !== null} title={editing?.id !== undefined ? t('certificates.calibrations.edit', { name: calibrations.find((c) => c.id === editing.id)?.name ?? editing.name }) : t('certificates.calibrations.add')} dirty={dirty} saving={saving} onSubmit={() => void save()} onClose={() => setEditingDraft(null)}>
        {editing && (
          <Form layout="vertical" component="div">
            <Form.Item label={t('certificates.calibrations.name')}>
              <Input autoFocus aria-label={t('certificates.calibrations.name')} value={editing.name} onChange={(e) => setEditing({ ...editing, name: e.target.value })} />
            </Form.Item>
            <Form.Item label={t('certificates.calibrations.dx')}>
              <InputNumber aria-label={t('certificates.calibrations.dx')} min={-50} max={50} step={0.5} decimalSeparator="," value={editing.dxMm} onChange={(v) => setEditing({ ...editing, dxMm: v ?? 0 })} />
            </Form.Item>
            <Form.Item label={t('certificates.calibrations.dy')}>
              <InputNumber aria-label={t('certificates.calibrations.dy')} min={-50} max={50} step={0.5} decimalSeparator="," value={editing.dyMm} onChange={(v) => setEditing({ ...editing, dyMm: v ?? 0 })} />
            </Form.Item>
          </Form>
        )}
      </FormModal>
    </Flex>
  );
}
