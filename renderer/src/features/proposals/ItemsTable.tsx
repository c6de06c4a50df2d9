import { Button, Popconfirm, Table, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined, UndoOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ItemStatus, ProposalItem, ProposalWarning } from '@shared/proposals/model';
import { formatDateVi } from '@shared/domain/format/date';
import { formatMoney } from '@shared/domain/format/number';

const STATUS_COLOR: Record<ItemStatus, string> = { proposed: 'blue', approved: 'green', rejected: 'red' };

/** The rows of a proposal: who, achievement, result (decision, prize or reason), with selection for approve/reject. */
export function ItemsTable({ items, warnings, selected, onSelect, onEdit, onUndo }: {
  items: ProposalItem[];
  warnings: ProposalWarning[];
  selected: number[];
  onSelect(ids: number[]): void;
  onEdit(item: ProposalItem): void;
  onUndo(item: ProposalItem): void;
}) {
  const { t } = useTranslation();
  const warningsOf = (id: number) => warnings.filter((w) => w.itemId === id);
  return (
    <Table<ProposalItem>
      size="small"
      rowKey="id"
      data-testid="proposal-items"
      dataSource={items}
      pagination={false}
      rowSelection={{ selectedRowKeys: selected, onChange: (keys) => onSelect(keys as number[]) }}
      columns={[
        { title: 'TT', key: 'tt', width: 44, render: (_, __, i) => i + 1 },
        {
          title: t('proposals.items.name'),
          key: 'name',
          width: 240,
          render: (_, r) => (
            <>
              <div>
                {r.recipientName}{' '}
                {warningsOf(r.id).map((w) => (
                  <Tooltip key={w.code} title={t(`proposals.warnings.${w.code}`, w.params)}>
                    <WarningOutlined style={{ color: '#d48806' }} aria-label={t(`proposals.warnings.${w.code}`, w.params)} />
                  </Tooltip>
                ))}
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`proposals.kind.${r.recipientKind}`)} · {t(`proposals.source.${r.source}`)}
              </Typography.Text>
            </>
          ),
        },
        { title: t('proposals.items.unit'), dataIndex: 'recipientUnit', width: 260 },
        { title: t('proposals.items.achievement'), dataIndex: 'achievement' },
        {
          title: t('proposals.items.status'),
          key: 'status',
          width: 220,
          render: (_, r) => (
            <>
              <Tag color={STATUS_COLOR[r.status]}>{t(`proposals.status.${r.status}`)}</Tag>
              {r.status === 'approved' && r.upperDecisionNumber && (
                <div style={{ fontSize: 12 }}>
                  {t('proposals.items.decision', { number: r.upperDecisionNumber, date: r.upperDecisionDate ? formatDateVi(r.upperDecisionDate) : '' })}
                  {r.awardAmount !== null && ` · ${formatMoney(r.awardAmount)}`}
                </div>
              )}
              {r.status === 'rejected' && <div style={{ fontSize: 12 }}>{r.reason}</div>}
              {r.upperOutcome && (
                <div style={{ fontSize: 12 }} data-testid="upper-outcome">
                  {t(`proposals.items.upperOutcome.${r.upperOutcome.status}`, { upper: r.upperOutcome.upperName || t('proposals.items.upperOutcome.upper'), reason: r.upperOutcome.reason })}
                </div>
              )}
            </>
          ),
        },
        {
          key: 'actions',
          width: 48,
          render: (_, r) =>
            r.status === 'proposed' ? (
              <Button size="small" type="text" icon={<EditOutlined />} aria-label={`${t('common.edit')} ${r.recipientName}`} onClick={() => onEdit(r)} />
            ) : (
              <Popconfirm
                title={t(r.status === 'approved' ? 'proposals.items.undoApprovedConfirm' : 'proposals.items.undoRejectedConfirm', { name: r.recipientName })}
                okText={t('proposals.items.undo')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() => onUndo(r)}
              >
                <Button size="small" type="text" icon={<UndoOutlined />} aria-label={`${t('proposals.items.undo')} ${r.recipientName}`} />
              </Popconfirm>
            ),
        },
      ]}
    />
  );
}
