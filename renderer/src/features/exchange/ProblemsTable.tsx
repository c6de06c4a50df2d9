import { useMemo, useState } from 'react';
import { Flex, Input, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportProblemView } from '@shared/exchange/import';
import { formatNumber } from '@shared/domain/format/number';
import { useDebounced } from '../../components/useDebounced';
import { foldedMatch } from '@shared/domain/text/foldedMatch';

type Row = ImportProblemView & { key: number };

/** The problems of the check, by the sheet's own row numbers, filterable by column and by text. */
export function ProblemsTable({ problems }: { problems: ImportProblemView[] }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [column, setColumn] = useState<string | null>(null);
  const query = useDebounced(text, 150);

  const rows = useMemo<Row[]>(() => problems.map((problem, key) => ({ ...problem, key })), [problems]);
  const columns = useMemo(() => [...new Set(problems.map((p) => p.column).filter(Boolean))], [problems]);
  const shown = useMemo(
    () =>
      rows.filter(
        (row) =>
          (column === null || row.column === column) &&
          foldedMatch(`${row.row} ${row.column} ${row.message}`, query),
      ),
    [rows, column, query],
  );

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap align="center">
        <Input.Search
          allowClear
          style={{ width: 280 }}
          placeholder={t('exchange.check.filterText')}
          aria-label={t('exchange.check.filterText')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <Select<string>
          allowClear
          style={{ width: 240 }}
          aria-label={t('exchange.check.column')}
          placeholder={t('exchange.check.filterColumn')}
          value={column ?? undefined}
          onChange={(value) => setColumn(value ?? null)}
          options={columns.map((value) => ({ value, label: value }))}
        />
        {shown.length !== rows.length && (
          <Typography.Text type="secondary">
            {t('exchange.check.filterCount', { shown: formatNumber(shown.length), total: formatNumber(rows.length) })}
          </Typography.Text>
        )}
      </Flex>
      <Table<Row>
        size="small"
        bordered
        data-testid="problems-table"
        dataSource={shown}
        pagination={{ defaultPageSize: 10, showSizeChanger: true, pageSizeOptions: [10, 20, 50, 100], hideOnSinglePage: true }}
        columns={[
          {
            title: t('exchange.check.row'),
            dataIndex: 'row',
            width: 80,
            align: 'right',
            sorter: (a, b) => a.row - b.row,
          },
          { title: t('exchange.check.column'), dataIndex: 'column', width: 200 },
          { title: t('exchange.check.problem'), dataIndex: 'message' },
        ]}
      />
    </Flex>
  );
}
