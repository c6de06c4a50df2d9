import { Button, Input, Select, Table, Tooltip, Typography } from 'antd';
import { DeleteOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { MoneyPreview } from '@shared/awards/model';
import { formatNumber } from '@shared/domain/format/number';
import type { EditorRow } from './decisionForm';

/** The decision's recipients, edited in place: kind, name, unit, achievement; money shown per row. */
export function RecipientsTable({
  rows,
  money,
  warned,
  onChange,
  onRemove,
}: {
  rows: EditorRow[];
  money: Map<string, MoneyPreview>;
  warned: Set<string>;
  onChange(key: string, patch: Partial<EditorRow>): void;
  onRemove(key: string): void;
}) {
  const { t } = useTranslation();
  return (
    <Table<EditorRow>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      scroll={{ y: 420 }}
      locale={{ emptyText: t('awards.editor.noRecipients') }}
      columns={[
        {
          title: t('awards.columns.no'),
          width: 48,
          align: 'center',
          render: (_, row, index) =>
            warned.has(row.key) ? (
              <Tooltip title={t('awards.warnings.help')}>
                <Typography.Text type={row.warningOverride ? 'secondary' : 'warning'}>
                  <WarningOutlined /> {index + 1}
                </Typography.Text>
              </Tooltip>
            ) : (
              index + 1
            ),
        },
        {
          title: t('awards.columns.kind'),
          width: 104,
          render: (_, row) => (
            <Select
              size="small"
              style={{ width: '100%' }}
              aria-label={t('awards.columns.kind')}
              value={row.recipientKind}
              disabled={row.memberId !== null || row.organizationId !== null}
              onChange={(recipientKind) => onChange(row.key, { recipientKind })}
              options={(['individual', 'collective'] as const).map((k) => ({ value: k, label: t(`awards.recipient.${k}`) }))}
            />
          ),
        },
        {
          title: t('awards.columns.name'),
          width: '24%',
          render: (_, row) => (
            <Input
              size="small"
              aria-label={t('awards.columns.name')}
              value={row.recipientName}
              status={row.recipientName.trim() === '' ? 'warning' : ''}
              onChange={(e) => onChange(row.key, { recipientName: e.target.value })}
            />
          ),
        },
        {
          title: t('awards.columns.unit'),
          width: '22%',
          render: (_, row) => (
            <Input size="small" aria-label={t('awards.columns.unit')} value={row.recipientUnit} onChange={(e) => onChange(row.key, { recipientUnit: e.target.value })} />
          ),
        },
        {
          title: t('awards.columns.achievement'),
          render: (_, row) => (
            <Input.TextArea
              size="small"
              autoSize={{ minRows: 1, maxRows: 4 }}
              aria-label={t('awards.columns.achievement')}
              value={row.achievement}
              onChange={(e) => onChange(row.key, { achievement: e.target.value })}
            />
          ),
        },
        {
          title: t('awards.columns.coefficient'),
          width: 64,
          align: 'right',
          render: (_, row) => {
            const c = money.get(row.key)?.coefficient;
            return c == null ? '' : formatNumber(c);
          },
        },
        {
          title: t('awards.columns.amount'),
          width: 110,
          align: 'right',
          render: (_, row) => {
            const m = money.get(row.key);
            return m ? <span data-testid="award-amount">{formatNumber(m.amount)}</span> : '';
          },
        },
        {
          width: 40,
          render: (_, row) => (
            <Tooltip title={t('awards.columns.remove')}>
              <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('awards.columns.remove')} onClick={() => onRemove(row.key)} />
            </Tooltip>
          ),
        },
      ]}
    />
  );
}
