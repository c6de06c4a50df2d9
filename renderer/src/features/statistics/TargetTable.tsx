import { Button, Flex, Popconfirm, Tooltip, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, FormOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@shared/domain/format/number';
import type { TargetView } from '@shared/statistics/targets';
import { TargetSourceTag, TargetStatusTag } from './TargetStatusTag';
import type { TextKeyUnder } from '../../i18n/types';
import { PlainTable } from '../../components/PlainTable';

export function TargetTable({
  targets,
  loading,
  onEdit,
  onType,
  onDelete,
}: {
  targets: TargetView[];
  loading: boolean;
  onEdit(target: TargetView): void;
  onType(target: TargetView): void;
  onDelete(target: TargetView): void;
}) {
  const { t } = useTranslation();
  const k = (key: TextKeyUnder<'statistics.targets'>) => t(`statistics.targets.${key}`);
  const number = (n: number | null) => (n === null ? '—' : formatNumber(n));
  return (
    <PlainTable<TargetView>
      loading={loading}
      dataSource={targets}
      aria-label={k('name')}
      columns={[
        { title: k('code'), dataIndex: 'code', width: 70 },
        {
          title: k('nameField'),
          dataIndex: 'name',
          render: (name: string, row) => (
            <Flex vertical>
              <span>{name}</span>
              {row.metricLabel && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {k('metricShort')}: {row.metricLabel.replace(/^[-\s]+/, '')}
                </Typography.Text>
              )}
            </Flex>
          ),
        },
        { title: k('assignee'), key: 'assignee', width: 220, ellipsis: true, render: (_, row) => row.assigneeName || k('upper') },
        { title: k('unit'), dataIndex: 'unit', width: 90 },
        { title: k('target'), dataIndex: 'target', width: 90, align: 'right', render: number },
        { title: k('actual'), dataIndex: 'actual', width: 90, align: 'right', render: number },
        { title: k('percent'), dataIndex: 'percent', width: 90, align: 'right', render: (p: number | null) => (p === null ? '—' : `${formatNumber(p, 1)}%`) },
        { title: k('status'), dataIndex: 'status', width: 90, render: (_, row) => <TargetStatusTag status={row.status} /> },
        { title: k('source'), key: 'source', width: 110, render: (_, row) => <TargetSourceTag target={row} /> },
        {
          title: '',
          key: 'actions',
          width: 120,
          render: (_, row) => (
            <Flex gap={4}>
              {row.source === 'manual' && (
                <Tooltip title={k('typeActual')}>
                  <Button size="small" icon={<FormOutlined />} aria-label={`${k('typeActual')}: ${row.name}`} onClick={() => onType(row)} />
                </Tooltip>
              )}
              <Tooltip title={k('edit')}>
                <Button size="small" icon={<EditOutlined />} aria-label={`${k('edit')}: ${row.name}`} onClick={() => onEdit(row)} />
              </Tooltip>
              <Popconfirm title={t('statistics.targets.deleteConfirm', { name: row.name })} onConfirm={() => onDelete(row)} okText={k('delete')} cancelText={t('statistics.cancel')}>
                <Button size="small" danger icon={<DeleteOutlined />} aria-label={`${k('delete')}: ${row.name}`} />
              </Popconfirm>
            </Flex>
          ),
        },
      ]}
    />
  );
}
