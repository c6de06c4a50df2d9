import { useState } from 'react';
import { App, Button, Flex, Input, InputNumber, Popconfirm, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AwardCoefficient, AwardKind } from '@shared/awards/model';
import { formatDateVi } from '@shared/domain/format/date';
import { formatNumber } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { errorText } from '../../api/errorText';

interface Row {
  id?: number;
  effectiveFrom: string | null;
  individual: number | null;
  collective: number | null;
  legalBasis: string;
}

/** The dated coefficients of one kind: add a row for a new rule; stored awards keep their money. */
export function CoefficientTable({ kind, onChanged }: { kind: AwardKind; onChanged(kind: AwardKind): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Row | null>(null);

  const save = async () => {
    if (!editing?.effectiveFrom || editing.individual === null) return;
    try {
      const saved = await call('awardCoefficients:save', {
        ...(editing.id ? { id: editing.id } : {}),
        awardKindId: kind.id,
        effectiveFrom: editing.effectiveFrom,
        individual: editing.individual,
        collective: editing.collective,
        legalBasis: editing.legalBasis,
      });
      setEditing(null);
      message.success(t('common.saved'));
      onChanged(saved);
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const remove = async (id: number) => {
    try {
      onChanged(await call('awardCoefficients:delete', { id }));
      message.success(t('common.deleted'));
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const rows: (AwardCoefficient | Row)[] = [...kind.coefficients];
  if (editing && !editing.id) rows.push(editing);
  const isEditing = (r: AwardCoefficient | Row) => editing !== null && (r.id === undefined ? !editing.id : editing.id === r.id);

  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{t('awards.catalogue.coefficientsHelp')}</Typography.Text>
      <Table<AwardCoefficient | Row>
        size="small"
        pagination={false}
        rowKey={(r) => r.id ?? 'new'}
        dataSource={rows}
        columns={[
          {
            title: t('awards.catalogue.from'),
            width: 150,
            render: (_, r) =>
              isEditing(r) ? (
                <DateInput ariaLabel={t('awards.catalogue.from')} value={editing!.effectiveFrom} onChange={(effectiveFrom) => setEditing({ ...editing!, effectiveFrom })} />
              ) : r.effectiveFrom ? (
                formatDateVi(r.effectiveFrom)
              ) : (
                ''
              ),
          },
          {
            title: t('awards.catalogue.individual'),
            width: 110,
            render: (_, r) =>
              isEditing(r) ? (
                <InputNumber aria-label={t('awards.catalogue.individual')} min={0} step={0.05} decimalSeparator="," value={editing!.individual} onChange={(v) => setEditing({ ...editing!, individual: v })} />
              ) : (
                formatNumber(r.individual ?? 0)
              ),
          },
          {
            title: t('awards.catalogue.collective'),
            width: 110,
            render: (_, r) =>
              isEditing(r) ? (
                <InputNumber
                  aria-label={t('awards.catalogue.collective')}
                  min={0}
                  step={0.05}
                  decimalSeparator=","
                  placeholder={t('awards.catalogue.collectiveDefault')}
                  value={editing!.collective}
                  onChange={(v) => setEditing({ ...editing!, collective: v })}
                />
              ) : r.collective === null ? (
                <Typography.Text type="secondary">{t('awards.catalogue.collectiveDefault')}</Typography.Text>
              ) : (
                formatNumber(r.collective)
              ),
          },
          {
            title: t('awards.catalogue.basis'),
            render: (_, r) =>
              isEditing(r) ? (
                <Input aria-label={t('awards.catalogue.basis')} value={editing!.legalBasis} onChange={(e) => setEditing({ ...editing!, legalBasis: e.target.value })} onPressEnter={() => void save()} />
              ) : (
                r.legalBasis
              ),
          },
          {
            width: 90,
            render: (_, r) =>
              isEditing(r) ? (
                <Flex gap={4}>
                  <Button size="small" type="primary" icon={<SaveOutlined />} aria-label={t('common.save')} onClick={() => void save()} />
                  <Button size="small" onClick={() => setEditing(null)}>
                    {t('common.cancel')}
                  </Button>
                </Flex>
              ) : (
                <Flex gap={4}>
                  <Button size="small" type="link" onClick={() => setEditing({ ...(r as AwardCoefficient) })}>
                    {t('common.edit')}
                  </Button>
                  {r.id !== undefined && (
                    <Popconfirm title={t('common.confirmDelete')} okText={t('common.delete')} cancelText={t('common.cancel')} onConfirm={() => void remove(r.id!)}>
                      <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                    </Popconfirm>
                  )}
                </Flex>
              ),
          },
        ]}
      />
      <div>
        <Button size="small" icon={<PlusOutlined />} disabled={editing !== null} onClick={() => setEditing({ effectiveFrom: null, individual: null, collective: null, legalBasis: '' })}>
          {t('awards.catalogue.addCoefficient')}
        </Button>
      </div>
    </Flex>
  );
}
