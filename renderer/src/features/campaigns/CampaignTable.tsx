import { Flex, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { CampaignWithTotals } from '@shared/campaigns/model';
import type { CampaignTotals } from '@shared/campaigns/totals';
import { formatNumber } from '@shared/domain/format/number';
import { usePeriod, usePlan } from './CampaignSummary';
import { PlainTable } from '../../components/PlainTable';

const KIND_COLORS = { regular: 'default', thematic: 'blue', peak: 'red' } as const;

/** The year's campaigns with their totals; Enter or a double click opens one. */
export function CampaignTable({ items, loading, onOpen }: { items: CampaignWithTotals[]; loading: boolean; onOpen(campaign: CampaignWithTotals): void }) {
  const { t } = useTranslation();
  const period = usePeriod();
  const plan = usePlan();
  const figure = (title: string, pick: (totals: CampaignTotals) => number, width = 78): ColumnsType<CampaignWithTotals>[number] => ({
    title,
    key: title,
    width,
    align: 'right',
    render: (_, row) => formatNumber(pick(row.totals)),
  });
  return (
    <PlainTable<CampaignWithTotals>
      loading={loading}
      dataSource={items}
      scroll={{ x: 'max-content', y: 'calc(100vh - 240px)' }}
      onOpen={onOpen}
      columns={[
        {
          title: t('campaigns.columns.name'),
          dataIndex: 'name',
          width: 270,
          render: (name: string, row) => (
            <Flex vertical gap={2} align="start">
              <a onClick={() => onOpen(row)} role="link">
                {name}
              </a>
              <Tag color={KIND_COLORS[row.kind]}>{t(`campaigns.kinds.${row.kind}`)}</Tag>
            </Flex>
          ),
        },
        {
          title: `${t('campaigns.columns.period')} · ${t('campaigns.columns.plan')}`,
          key: 'period',
          width: 205,
          render: (_, row) => (
            <Flex vertical>
              <span>{period(row)}</span>
              <Typography.Text type="secondary">{plan(row, true)}</Typography.Text>
            </Flex>
          ),
        },
        figure(t('campaigns.columns.grassroots'), (x) => x.works.grassroots),
        figure(t('campaigns.columns.upper'), (x) => x.works.upper),
        figure(t('campaigns.columns.plaque'), (x) => x.works.plaque),
        figure(t('campaigns.columns.initiatives'), (x) => x.initiatives.count),
        figure(t('campaigns.columns.contestants'), (x) => x.contests.contestants),
        figure(t('campaigns.columns.prizeWinners'), (x) => x.contests.prizeWinners),
        figure(t('campaigns.columns.honours'), (x) => x.honours.count),
        figure(t('campaigns.columns.units'), (x) => x.registrations.units),
      ]}
    />
  );
}
