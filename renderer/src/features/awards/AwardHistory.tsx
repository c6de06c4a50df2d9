import { useCallback } from 'react';
import { Alert, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AwardHistoryRow } from '@shared/awards/awardList';
import { formatDateVi } from '@shared/domain/format/date';
import { formatMoney } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { useLoad } from '../../components/useLoad';

/** Award history (quá trình khen thưởng) of one member or one CĐCS, newest first. */
export function AwardHistory({ of }: { of: { memberId: number } | { organizationId: number } }) {
  const { t } = useTranslation();
  const key = JSON.stringify(of);
  const fetch = useCallback(() => call('awardHistory:get', JSON.parse(key) as typeof of), [key]);
  const { data: rows, loading, error } = useLoad<AwardHistoryRow[]>(fetch, [], { showError: false });

  if (error) return <Alert type="error" title={error} />;
  return (
    <Table<AwardHistoryRow>
      data-testid="award-history"
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: <Typography.Text type="secondary">{t('awards.history.empty')}</Typography.Text> }}
      columns={[
        { title: t('awards.history.year'), dataIndex: 'year', width: 60 },
        {
          title: t('awards.history.decision'),
          key: 'decision',
          width: 150,
          render: (_, r) => (
            <>
              <div>{r.decisionNumber}</div>
              <Typography.Text type="secondary">{formatDateVi(r.decidedOn)}</Typography.Text>
            </>
          ),
        },
        ...('organizationId' in of ? [{ title: t('awards.awardList.recipient'), dataIndex: 'recipientName' as const, width: 170 }] : []),
        { title: t('awards.history.issuer'), key: 'issuer', width: 170, render: (_, r) => r.issuerName || t(`proposals.level.${r.issuerLevel}`) },
        { title: t('awards.history.kind'), key: 'kind', render: (_, r) => [r.formName, r.titleName].filter(Boolean).join(' · ') },
        { title: t('awards.history.achievement'), dataIndex: 'achievement' },
        { title: t('awards.history.amount'), key: 'amount', align: 'right', width: 110, render: (_, r) => formatMoney(r.amount) },
      ]}
    />
  );
}
