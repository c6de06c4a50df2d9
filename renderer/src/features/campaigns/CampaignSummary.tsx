import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { campaignDays, type Campaign } from '@shared/campaigns/model';
import type { CampaignTotals } from '@shared/campaigns/totals';
import { formatDateVi } from '@shared/domain/format/date';
import { formatNumber } from '@shared/domain/format/number';

/** Each figure formatted (1.234.567), under its own name: the keys stay known, so i18next reads no `context` in them. */
const numbers = <T extends Record<string, number>>(o: T) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, formatNumber(v)])) as { [K in keyof T]: string };

/** "01/05/2025 – 30/09/2025 (150 ngày)"; `short` for the list: "80/KH-LĐLĐ (28/04/2025)". */
export function usePeriod() {
  const { t } = useTranslation();
  return (c: Pick<Campaign, 'startsOn' | 'endsOn' | 'kind'>) => {
    if (!c.startsOn && !c.endsOn) return '';
    // A regular campaign runs the whole year: its length says nothing.
    const days = c.kind === 'regular' ? null : campaignDays(c.startsOn, c.endsOn);
    const range = `${c.startsOn ? formatDateVi(c.startsOn) : '…'} – ${c.endsOn ? formatDateVi(c.endsOn) : '…'}`;
    return days ? `${range} (${t('campaigns.days', { count: days })})` : range;
  };
}

export function usePlan() {
  const { t } = useTranslation();
  return (c: Pick<Campaign, 'planNumber' | 'planDate'>, short = false) => {
    if (!c.planNumber) return c.planDate ? formatDateVi(c.planDate) : '';
    if (short) return c.planDate ? `${c.planNumber} (${formatDateVi(c.planDate)})` : c.planNumber;
    return c.planDate ? t('campaigns.planLine', { number: c.planNumber, date: formatDateVi(c.planDate) }) : t('campaigns.planNumberOnly', { number: c.planNumber });
  };
}

/** The campaign's head: kind, period, plan, launcher, and its totals computed from the records. */
export function CampaignSummary({ campaign, totals }: { campaign: Campaign; totals: CampaignTotals }) {
  const { t } = useTranslation();
  const period = usePeriod()(campaign);
  const plan = usePlan()(campaign);
  const launcher = campaign.launchedBy === 'other' ? campaign.launcherName : t(`campaigns.launchers.${campaign.launchedBy}`);
  return (
    <Flex vertical gap={4} data-testid="campaign-summary">
      <Flex gap={8} wrap align="center">
        <Tag color={campaign.kind === 'peak' ? 'red' : campaign.kind === 'thematic' ? 'blue' : 'default'}>{t(`campaigns.kinds.${campaign.kind}`)}</Tag>
        {period && <Typography.Text data-testid="campaign-period">{period}</Typography.Text>}
        {plan && <Typography.Text type="secondary">· {plan}</Typography.Text>}
        <Typography.Text type="secondary">
          · {t('campaigns.fields.launchedBy')}: {launcher}
        </Typography.Text>
      </Flex>
      <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="campaign-totals">
        <li>{t('campaigns.totals.works', numbers(totals.works))}</li>
        <li>{t('campaigns.totals.initiatives', numbers(totals.initiatives))}</li>
        <li>{t('campaigns.totals.contests', numbers(totals.contests))}</li>
        <li>{t('campaigns.totals.honours', numbers(totals.honours))}</li>
        <li>{t('campaigns.totals.registrations', numbers(totals.registrations))}</li>
      </ul>
    </Flex>
  );
}
