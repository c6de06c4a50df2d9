import { Alert, Flex, Table, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@shared/domain/format/number';
import type { Rollup, RollupRow } from '@shared/upperRollup/model';

const show = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatNumber(v));

/** The grid: figures × offices with the total; each office's change from last year on hover. */
export function RollupTab({ rollup, loading }: { rollup: Rollup | null; loading: boolean }) {
  const { t } = useTranslation();
  const offices = rollup?.offices ?? [];
  return (
    <Flex vertical gap={8}>
      {rollup && rollup.duplicates.length > 0 && (
        <Alert type="warning" showIcon message={t('upperRollup.duplicates', { list: rollup.duplicates.map((d) => `${d.code} ${d.name} (${d.offices.join(', ')})`).join('; ') })} />
      )}
      <Table<RollupRow>
        size="small"
        rowKey="code"
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content', y: 520 }}
        dataSource={rollup?.rows ?? []}
        locale={{ emptyText: t('upperRollup.rollupEmpty', { year: rollup?.year ?? '' }) }}
        columns={[
          { title: t('upperRollup.figure'), dataIndex: 'label', fixed: 'left', width: 340 },
          { title: t('upperRollup.unit'), dataIndex: 'unit', width: 90 },
          ...offices.map((o) => ({
            title: o.name,
            key: o.code,
            width: 130,
            align: 'right' as const,
            render: (_: unknown, row: RollupRow) => (
              <Tooltip title={t('upperRollup.change', { value: show(row.changes[o.name]) })}>
                <span>{show(row.offices[o.name])}</span>
              </Tooltip>
            ),
          })),
          { title: t('upperRollup.total'), dataIndex: 'total', width: 130, align: 'right' as const, fixed: 'right', render: (v: number | null) => <strong>{show(v)}</strong> },
        ]}
      />
    </Flex>
  );
}
