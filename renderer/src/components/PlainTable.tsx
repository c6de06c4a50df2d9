import type { KeyboardEvent } from 'react';
import { Table, type TableProps } from 'antd';

export type PlainTableProps<Row> = Omit<TableProps<Row>, 'size' | 'onRow'> & {
  /** Makes every row open on a click or Enter, and reachable with Tab. */
  onOpen?(row: Row): void;
};

/** The office's list table: compact, keyed by `id` and on one page unless told otherwise. */
export function PlainTable<Row extends object>({ rowKey = 'id', pagination = false, onOpen, ...rest }: PlainTableProps<Row>) {
  const onRow = onOpen
    ? (row: Row) => ({
        tabIndex: 0,
        style: { cursor: 'pointer' },
        onClick: () => onOpen(row),
        onKeyDown: (e: KeyboardEvent) => e.key === 'Enter' && onOpen(row),
      })
    : undefined;
  return <Table<Row> size="small" rowKey={rowKey} pagination={pagination} onRow={onRow} {...rest} />;
}
