import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnionListItem } from '@shared/organizations/union';
import { formatDateVi } from '@shared/domain/format/date';
import { formatNumber } from '@shared/domain/format/number';
import { dataText } from '../../i18n/textKey';
import { PlainTable } from '../../components/PlainTable';

export function UnionTable({
  items,
  total,
  page,
  pageSize,
  loading,
  onPage,
  onOpen,
}: {
  items: UnionListItem[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage(page: number, pageSize: number): void;
  onOpen(id: number): void;
}) {
  const { t } = useTranslation();
  const date = (value: string | null) => (value ? formatDateVi(value) : '');
  return (
    <PlainTable<UnionListItem>
      loading={loading}
      dataSource={items}
      scroll={{ y: 'calc(100vh - 300px)' }}
      onOpen={(row) => onOpen(row.id)}
      pagination={{ current: page, pageSize, total, showSizeChanger: true, pageSizeOptions: [50, 100, 200], onChange: onPage, showTotal: (n) => t('unions.count', { total: formatNumber(n) }) }}
      columns={[
        { title: t('unions.columns.code'), dataIndex: 'code', width: 80 },
        {
          title: t('unions.columns.name'),
          dataIndex: 'name',
          render: (name: string, row) => (
            <a onClick={() => onOpen(row.id)} role="link">
              {name}
            </a>
          ),
        },
        { title: t('unions.columns.sector'), dataIndex: 'sector', width: 170, render: (s: string | null) => dataText(t, `sectors.${s ?? 'none'}`) },
        { title: t('unions.columns.foundedOn'), dataIndex: 'foundedOn', width: 100, render: date },
        {
          title: t('unions.columns.workers'),
          key: 'workers',
          width: 120,
          align: 'right',
          render: (_, row) => `${formatNumber(row.workersTotal ?? 0)} / ${formatNumber(row.workersFemale ?? 0)}`,
        },
        { title: t('unions.columns.members'), dataIndex: 'activeMembers', width: 90, align: 'right', render: (n: number) => formatNumber(n) },
        { title: t('unions.columns.chair'), dataIndex: 'chairName', width: 160 },
        {
          title: t('unions.columns.status'),
          dataIndex: 'dissolvedOn',
          width: 130,
          render: (d: string | null) => (d ? <Tag>{t('unions.dissolvedOn', { date: formatDateVi(d) })}</Tag> : <Tag color="green">{t('unions.active')}</Tag>),
        },
      ]}
    />
  );
}
