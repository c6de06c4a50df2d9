import { useCallback, useState } from 'react';
import { App, Button, Empty, Flex, Popconfirm, Table, Tooltip } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateVi } from '@shared/domain/format/date';
import { formatNumber } from '@shared/domain/format/number';
import type { CareActivity } from '@shared/statistics/care';
import { call } from '../../api/client';
import { useLoad } from '../../components/useLoad';
import { CareDialog } from './CareDialog';
import { errorText } from '../../api/errorText';
import type { TextKeyUnder } from '../../i18n/types';
import { PlainTable } from '../../components/PlainTable';

/** Chăm lo of the year: the list and its form; `onChanged` lets the figures recompute. */
export function CareTab({ year, onChanged }: { year: number; onChanged(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: items, loading, reload: load } = useLoad(useCallback(() => call('care:list', { year }), [year]), [] as CareActivity[]);
  const [editing, setEditing] = useState<{ open: boolean; care: CareActivity | null }>({ open: false, care: null });
  const k = (key: TextKeyUnder<'statistics.care'>) => t(`statistics.care.${key}`);

  const remove = async (care: CareActivity) => {
    try {
      await call('care:delete', { id: care.id });
      const { id: _id, organizationName: _o, createdAt: _c, ...draft } = care;
      const undo = async () => {
        await call('care:save', { draft });
        await load();
        onChanged();
      };
      void message.success({
        content: (
          <span>
            {t('statistics.care.deleted', { name: care.name })}{' '}
            <Button size="small" type="link" onClick={() => void undo()}>
              {t('statistics.targets.undo')}
            </Button>
          </span>
        ),
      });
      await load();
      onChanged();
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  const total = items.reduce((sum, c) => ({ people: sum.people + c.people, amount: sum.amount + c.amount }), { people: 0, amount: 0 });
  return (
    <Flex vertical gap={8}>
      <Flex justify="flex-end">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ open: true, care: null })}>
          {k('add')}
        </Button>
      </Flex>
      {!loading && items.length === 0 ? (
        <Empty description={t('statistics.care.empty', { year })} />
      ) : (
        <PlainTable<CareActivity>
          loading={loading}
          dataSource={items}
          aria-label={k('tab')}
          columns={[
            { title: k('kind'), dataIndex: 'kind', width: 170, render: (kind: TextKeyUnder<'statistics.care.kinds'>) => t(`statistics.care.kinds.${kind}`) },
            { title: k('name'), dataIndex: 'name' },
            { title: k('heldOn'), dataIndex: 'heldOn', width: 110, render: (d: string | null) => (d ? formatDateVi(d) : '') },
            { title: k('union'), dataIndex: 'organizationName', width: 240, render: (name: string) => name || k('unionAll') },
            { title: k('people'), dataIndex: 'people', width: 110, align: 'right', render: (n: number) => formatNumber(n) },
            { title: k('amount'), dataIndex: 'amount', width: 150, align: 'right', render: (n: number) => formatNumber(n) },
            {
              title: '',
              key: 'actions',
              width: 80,
              render: (_, row) => (
                <Flex gap={4}>
                  <Tooltip title={t('statistics.targets.edit')}>
                    <Button size="small" icon={<EditOutlined />} aria-label={`${t('statistics.targets.edit')}: ${row.name}`} onClick={() => setEditing({ open: true, care: row })} />
                  </Tooltip>
                  <Popconfirm title={t('statistics.care.deleteConfirm', { name: row.name })} onConfirm={() => void remove(row)} okText={t('statistics.targets.delete')} cancelText={t('statistics.cancel')}>
                    <Button size="small" danger icon={<DeleteOutlined />} aria-label={`${t('statistics.targets.delete')}: ${row.name}`} />
                  </Popconfirm>
                </Flex>
              ),
            },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={4}>
                <strong>{k('total')}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                <strong>{formatNumber(total.people)}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                <strong>{formatNumber(total.amount)}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6} />
            </Table.Summary.Row>
          )}
        />
      )}
      <CareDialog
        open={editing.open}
        year={year}
        care={editing.care}
        onClose={() => setEditing({ open: false, care: null })}
        onSaved={() => {
          setEditing({ open: false, care: null });
          void load();
          onChanged();
        }}
      />
    </Flex>
  );
}
