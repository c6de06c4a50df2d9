import { useCallback, useState, type ReactNode } from 'react';
import { App, Button, Empty, Flex, Input, Popconfirm, Space, Table, Typography, type TableProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Page } from '@shared/campaigns/model';
import { formatNumber } from '@shared/domain/format/number';
import { useDebounced } from '../../components/useDebounced';
import { useLoad } from '../../components/useLoad';
import { OutcomeDialog } from './OutcomeDialog';
import { errorText } from '../../api/errorText';
import { useSaving } from '../../components/useSaving';

export interface PageQuery {
  offset: number;
  limit: number;
  search?: string;
}

export interface OutcomeTableProps<R extends { id: number }, V extends object> {
  /** What one row is, for the dialog titles ("Sáng kiến"). */
  what: string;
  emptyText: string;
  load(query: PageQuery): Promise<Page<R>>;
  save(values: V, id: number | undefined): Promise<unknown>;
  remove(id: number): Promise<unknown>;
  columns: ColumnsType<R>;
  fields: ReactNode;
  emptyValues: V;
  toValues(row: R): V;
  /** Called after every change, e.g. to refresh the campaign's totals. */
  onChanged(): void;
  expandable?: TableProps<R>['expandable'];
  /** False where a delete takes nested rows with it (a contest's entries), so re-saving cannot undo it. */
  undoable?: boolean;
  /** Changing it reloads the page shown (e.g. a contest's counts after its entries change). */
  reloadKey?: number;
  testId?: string;
  /** An "Nhập từ Excel" button beside "Thêm", for lists the import wizard reads. */
  importButton?: ReactNode;
}

const PAGE_SIZE = 50;
const EMPTY_PAGE = { total: 0, items: [] };

/** A dense, paged list of one kind of record with add / edit (dialog) / delete (confirmed); keyboard usable. */
export function OutcomeTable<R extends { id: number }, V extends object>(props: OutcomeTableProps<R, V>) {
  const { what, emptyText, load, save, remove, columns, fields, emptyValues, toValues, onChanged, expandable, testId, reloadKey, importButton, undoable = true } = props;
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [paging, setPaging] = useState({ page: 1, pageSize: PAGE_SIZE });
  const [search, setSearch] = useState('');
  const query = useDebounced(search);
  const [editing, setEditing] = useState<{ id: number | undefined; values: V; opening: number } | null>(null);
  const { saving, runSave } = useSaving();

  const { page, pageSize } = paging;
  const fetchPage = useCallback(() => load({ offset: (page - 1) * pageSize, limit: pageSize, ...(query ? { search: query } : {}) }), [load, page, pageSize, query]);
  // Only the latest search's answer is shown; reloadKey: the same page again, fresh.
  const { data, loading, reload: refresh } = useLoad<Page<R>>(fetchPage, EMPTY_PAGE, { reloadKey });

  // Each opening gets its own form, filled from the row opened (or empty): never the last one's values.
  const open = (row: R | null) => setEditing((last) => ({ id: row?.id, values: row ? toValues(row) : emptyValues, opening: (last?.opening ?? 0) + 1 }));

  const submit = async (values: V) => {
    await runSave(async () => {
      await save({ ...emptyValues, ...values }, editing?.id);
      setEditing(null);
      await refresh();
      onChanged();
    }, t('campaigns.table.saved'));
  };

  const destroy = async (row: R) => {
    try {
      await remove(row.id);
      await refresh();
      onChanged();
      if (!undoable) {
        void message.success(t('campaigns.table.deleted'));
        return;
      }
      const key = `deleted-${row.id}`;
      const undo = async () => {
        message.destroy(key);
        try {
          await save({ ...emptyValues, ...toValues(row) }, undefined);
          await refresh();
          onChanged();
        } catch (error) {
          void message.error(errorText(error));
        }
      };
      void message.success({
        key,
        duration: 8,
        content: (
          <span>
            {t('campaigns.table.deleted')}{' '}
            <Button size="small" type="link" onClick={() => void undo()}>
              {t('common.undo')}
            </Button>
          </span>
        ),
      });
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  const confirmDelete = (row: R) =>
    modal.confirm({ title: t('campaigns.table.deleteConfirm'), okButtonProps: { danger: true }, okText: t('campaigns.table.delete'), onOk: () => destroy(row) });

  const actions: ColumnsType<R>[number] = {
    key: 'actions',
    width: 76,
    fixed: 'right',
    render: (_, row) => (
      <Space size={0}>
        <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('campaigns.table.edit')} onClick={() => open(row)} />
        <Popconfirm title={t('campaigns.table.deleteConfirm')} okText={t('campaigns.table.delete')} okButtonProps={{ danger: true }} onConfirm={() => void destroy(row)}>
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('campaigns.table.delete')} />
        </Popconfirm>
      </Space>
    ),
  };

  const isEmpty = !loading && data.total === 0 && !query;
  return (
    <Flex vertical gap={8} data-testid={testId}>
      <Flex justify="space-between" align="center" gap={8}>
        <Flex gap={8}>
          <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => open(null)}>
            {t('campaigns.table.add')}
          </Button>
          {importButton}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('campaigns.table.keyboard')}
        </Typography.Text>
        <Input.Search size="small" allowClear style={{ width: 260 }} placeholder={t('campaigns.table.search')} aria-label={t('campaigns.table.search')} value={search} onChange={(e) => { setSearch(e.target.value); setPaging((p) => ({ ...p, page: 1 })); }} />
      </Flex>
      {isEmpty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />
      ) : (
        <Table<R>
          size="small"
          rowKey="id"
          loading={loading}
          dataSource={data.items}
          columns={[...columns, actions]}
          expandable={expandable}
          scroll={{ x: 'max-content' }}
          onRow={(row) => ({
            tabIndex: 0,
            onDoubleClick: () => open(row),
            onKeyDown: (e) => {
              if (e.target !== e.currentTarget) return;
              if (e.key === 'Enter') open(row);
              if (e.key === 'Delete') confirmDelete(row);
            },
          })}
          pagination={{ current: paging.page, pageSize: paging.pageSize, total: data.total, size: 'small', showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200], onChange: (page, pageSize) => setPaging({ page, pageSize }), showTotal: (n) => t('campaigns.table.count', { total: formatNumber(n) }) }}
        />
      )}
      {editing !== null && (
        <OutcomeDialog<V>
          key={editing.opening}
          title={editing.id === undefined ? t('campaigns.table.newTitle', { what }) : t('campaigns.table.editTitle', { what })}
          initialValues={editing.values}
          fields={fields}
          saving={saving}
          onClose={() => setEditing(null)}
          onSubmit={(values) => void submit(values)}
        />
      )}
    </Flex>
  );
}
