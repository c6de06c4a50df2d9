import { useCallback, useEffect, useState } from 'react';
import { App, Button, Empty, Flex, InputNumber, Typography } from 'antd';
import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CampaignWithTotals } from '@shared/campaigns/model';
import { formatNumber } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { useLoad } from '../../components/useLoad';
import { routeParams } from '../../app/routes';
import { useAppStore } from '../../stores/appStore';
import { CampaignDrawer } from './CampaignDrawer';
import { CampaignTable } from './CampaignTable';
import { errorText } from '../../api/errorText';
import { PageHeader } from '../../components/PageHeader';

/** Thi đua › Phong trào thi đua: the campaigns of a year (the working year first), with their totals. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const workingYear = useAppStore((s) => s.settings?.['office.workingYear']) ?? new Date().getFullYear();
  const linked = routeParams();
  const [year, setYear] = useState(Number(linked.get('year')) || workingYear);
  const [drawer, setDrawer] = useState<{ open: boolean; campaign: CampaignWithTotals | null }>({ open: false, campaign: null });

  useEffect(() => {
    if (!routeParams().get('year')) setYear(workingYear);
  }, [workingYear]);

  // #/campaigns?id=N (a link from another screen, or the address changed by hand) opens that campaign.
  useEffect(() => {
    const openLinked = () => {
      const params = routeParams();
      const id = Number(params.get('id'));
      if (Number(params.get('year'))) setYear(Number(params.get('year')));
      if (!id) return;
      call('campaigns:get', { id }).then(
        (campaign) => {
          setYear(campaign.year);
          setDrawer({ open: true, campaign });
        },
        (error: unknown) => void message.error(errorText(error)),
      );
    };
    openLinked();
    window.addEventListener('hashchange', openLinked);
    return () => window.removeEventListener('hashchange', openLinked);
  }, [message]);

  const { data: items, loading, reload: load } = useLoad(useCallback(() => call('campaigns:list', { year }), [year]), [] as CampaignWithTotals[]);

  const onChanged = useCallback(
    (campaign: CampaignWithTotals) => {
      setDrawer({ open: true, campaign });
      void load();
    },
    [load],
  );

  return (
    <Flex vertical gap={12}>
      <PageHeader
        title={t('campaigns.title')}
        beside={
          <>
            <Button size="small" icon={<LeftOutlined />} aria-label={t('campaigns.prevYear')} onClick={() => setYear((y) => y - 1)} />
            <InputNumber size="small" aria-label={t('campaigns.yearLabel')} data-testid="campaigns-year" min={1900} max={2200} value={year} onChange={(v) => v && v >= 1900 && v <= 2200 && setYear(v)} style={{ width: 90 }} />
            <Button size="small" icon={<RightOutlined />} aria-label={t('campaigns.nextYear')} onClick={() => setYear((y) => y + 1)} />
            {!loading && items.length > 0 && <Typography.Text type="secondary">{t('campaigns.count', { total: formatNumber(items.length) })}</Typography.Text>}
          </>
        }
      >
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, campaign: null })}>
          {t('campaigns.add')}
        </Button>
      </PageHeader>
      {!loading && items.length === 0 ? (
        <Empty description={t('campaigns.empty', { year })} />
      ) : (
        <CampaignTable items={items} loading={loading} onOpen={(campaign) => setDrawer({ open: true, campaign })} />
      )}
      <CampaignDrawer
        open={drawer.open}
        campaign={drawer.campaign}
        year={year}
        onClose={() => setDrawer({ open: false, campaign: null })}
        onChanged={onChanged}
        onDeleted={() => {
          setDrawer({ open: false, campaign: null });
          void load();
        }}
      />
    </Flex>
  );
}
