import { Flex, Radio, Table, Typography, type TableColumnType } from 'antd';
import { useTranslation } from 'react-i18next';
import { DUPLICATE_ACTIONS, type DuplicateAction, type DuplicateView, type ImportKind } from '@shared/exchange/import';
import { dataText } from '../../i18n/textKey';

/** The row already in the data: its name in bold, then its detail when it has one. */
function existingColumn(title: string): TableColumnType<DuplicateView> {
  return {
    title,
    key: 'existing',
    render: (_, row: DuplicateView) => (
      <span>
        <Typography.Text strong>{row.existingName}</Typography.Text>
        {row.existingDetail && <Typography.Text type="secondary">{` — ${row.existingDetail}`}</Typography.Text>}
      </span>
    ),
  };
}

/** Rows that probably are already in the data, and what to do with them. */
export function DuplicatesTable({
  kind,
  duplicates,
  onDuplicate,
  onChange,
}: {
  kind: ImportKind;
  duplicates: DuplicateView[];
  onDuplicate: DuplicateAction;
  onChange(action: DuplicateAction): void;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8}>
      <Table<DuplicateView>
        size="small"
        bordered
        data-testid="duplicates-table"
        rowKey={(row) => `${row.row}-${row.existingId}`}
        dataSource={duplicates}
        pagination={{ defaultPageSize: 10, showSizeChanger: true, pageSizeOptions: [10, 20, 50, 100], hideOnSinglePage: true }}
        columns={[
          { title: t('exchange.check.row'), dataIndex: 'row', width: 80, align: 'right', sorter: (a, b) => a.row - b.row },
          existingColumn(t('exchange.check.duplicateWith')),
          { title: t('exchange.check.reason'), key: 'reason', width: 240, render: (_, row) => t(`exchange.check.reasons.${row.reason}`) },
        ]}
      />
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong id="import-on-duplicate">
          {t('exchange.check.onDuplicate')}
        </Typography.Text>
        <Radio.Group
          aria-labelledby="import-on-duplicate"
          value={onDuplicate}
          onChange={(event) => onChange(event.target.value as DuplicateAction)}
          options={DUPLICATE_ACTIONS.map((action) => ({ value: action, label: dataText(t, `exchange.check.duplicateActions.${kind}.${action}`) }))}
        />
      </Flex>
    </Flex>
  );
}

/** Rows that resemble a member already there ("có thể trùng"): imported as new, listed for the user to judge. */
export function PossibleDuplicates({ rows }: { rows: DuplicateView[] }) {
  const { t } = useTranslation();
  return (
    <Table<DuplicateView>
      size="small"
      bordered
      rowKey={(row) => `${row.row}-${row.existingId}`}
      dataSource={rows}
      pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
      columns={[
        { title: t('exchange.check.row'), dataIndex: 'row', width: 80, align: 'right' },
        existingColumn(t('exchange.check.duplicateWith')),
        { title: t('exchange.check.reason'), key: 'reason', width: 320, render: (_, row) => t(`exchange.check.reasons.${row.reason}`, { row: row.fileRow }) },
      ]}
    />
  );
}
