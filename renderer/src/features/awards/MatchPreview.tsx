import { Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatchedRecipient } from '@shared/awards/recipientMatch';
import { FOLDED_SEARCH } from '../../components/foldedSearch';

const STATUS_COLORS = { exact: 'green', folded: 'blue', ambiguous: 'orange', none: 'default' } as const;

/** The pasted rows with what each was linked to; where several records fit, the clerk chooses. */
export function MatchPreview({ rows, onChoose }: { rows: MatchedRecipient[]; onChoose(index: number, row: MatchedRecipient): void }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <Table<MatchedRecipient & { index: number }>
      size="small"
      rowKey="index"
      pagination={false}
      scroll={{ y: 240 }}
      dataSource={rows.map((row, index) => ({ ...row, index }))}
      data-testid="match-preview"
      columns={[
        { title: t('awards.match.name'), dataIndex: 'recipientName', width: 200 },
        { title: t('awards.match.unit'), dataIndex: 'recipientUnit', ellipsis: true },
        {
          title: t('awards.match.link'),
          key: 'link',
          width: 280,
          render: (_, row) =>
            row.match === 'ambiguous' ? (
              <Select<string>
                size="small"
                style={{ width: '100%' }}
                aria-label={t('awards.match.choose', { name: row.recipientName })}
                placeholder={t('awards.match.ambiguous', { n: row.candidates.length })}
                status={row.memberId === null && row.organizationId === null ? 'warning' : ''}
                allowClear
                showSearch={FOLDED_SEARCH}
                value={row.memberId !== null ? `m${row.memberId}` : row.organizationId !== null ? `o${row.organizationId}` : undefined}
                options={row.candidates.map((c) => ({ value: c.memberId !== null ? `m${c.memberId}` : `o${c.organizationId}`, label: c.label }))}
                onChange={(value) => {
                  const picked = row.candidates.find((c) => (c.memberId !== null ? `m${c.memberId}` : `o${c.organizationId}`) === value);
                  onChoose(row.index, { ...row, memberId: picked?.memberId ?? null, organizationId: picked?.organizationId ?? null });
                }}
              />
            ) : (
              <Tag color={STATUS_COLORS[row.match]}>{t(`awards.match.status.${row.match}`)}</Tag>
            ),
        },
      ]}
    />
  );
}
