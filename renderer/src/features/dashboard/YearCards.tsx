import { useCallback } from 'react';
import { Col, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DashboardYear } from '@shared/ipc/contracts/dashboard';
import { formatMoney, formatNumber } from '@shared/domain/format/number';
import { formatDateVi } from '@shared/domain/format/date';
import { call } from '../../api/client';
import { useLoad } from '../../components/useLoad';
import { TargetsCard } from './TargetsCard';
import { GoLink, WorkCard, WorkLine } from './WorkCard';

const n = (value: number) => formatNumber(value);

function Muted({ children }: { children: string }) {
  return <Typography.Text type="secondary">{children}</Typography.Text>;
}

function EmulationCard({ data }: { data: DashboardYear }) {
  const { t } = useTranslation();
  const { year, campaigns, clusters } = data;
  return (
    <WorkCard title={t('dashboard.emulation.title')} testId="card-emulation">
      {campaigns.count > 0 ? (
        <WorkLine testId="emulation-campaigns" link={<GoLink route="campaigns" params={{ year }}>{t('dashboard.emulation.toCampaigns')}</GoLink>}>
          {t('dashboard.emulation.campaigns', { count: n(campaigns.count), works: n(campaigns.works), initiatives: n(campaigns.initiatives) })}
        </WorkLine>
      ) : (
        <WorkLine testId="emulation-campaigns" link={<GoLink route="campaigns" params={{ year }} primary>{t('dashboard.emulation.addCampaign')}</GoLink>}>
          <Muted>{t('dashboard.emulation.noCampaigns', { year })}</Muted>
        </WorkLine>
      )}
      {clusters.total > 0 ? (
        <WorkLine testId="emulation-clusters" link={<GoLink route="scoring" params={{ year }}>{t('dashboard.emulation.toScoring')}</GoLink>}>
          {t('dashboard.emulation.clusters', { scored: n(clusters.scored), total: n(clusters.total) })}
          {clusters.scored < clusters.total && (
            <Typography.Text type="warning"> — {t('dashboard.emulation.clustersLeft', { count: clusters.total - clusters.scored })}</Typography.Text>
          )}
        </WorkLine>
      ) : (
        <WorkLine testId="emulation-clusters" link={<GoLink route="clusters" params={{ year }} primary>{t('dashboard.emulation.addCluster')}</GoLink>}>
          <Muted>{t('dashboard.emulation.noClusters', { year })}</Muted>
        </WorkLine>
      )}
    </WorkCard>
  );
}

function AwardsCard({ data }: { data: DashboardYear }) {
  const { t } = useTranslation();
  const { year, decisions, certificatesUnprinted, proposals } = data;
  return (
    <WorkCard title={t('dashboard.awards.title')} testId="card-awards">
      {decisions.count > 0 ? (
        <WorkLine testId="awards-decisions" link={<GoLink route="decisions" params={{ year }}>{t('dashboard.awards.toDecisions')}</GoLink>}>
          {t('dashboard.awards.decisions', { count: n(decisions.count), awards: n(decisions.awards), amount: formatMoney(decisions.amount) })}
          <br />
          <Muted>{t('dashboard.awards.period', { from: formatDateVi(decisions.from), to: formatDateVi(decisions.to) })}</Muted>
        </WorkLine>
      ) : (
        <WorkLine testId="awards-decisions" link={<GoLink route="decisions" params={{ year }} primary>{t('dashboard.awards.addDecision')}</GoLink>}>
          <Muted>{t('dashboard.awards.noDecisions', { year, from: formatDateVi(decisions.from), to: formatDateVi(decisions.to) })}</Muted>
        </WorkLine>
      )}
      <WorkLine testId="awards-certificates" link={<GoLink route="certificates">{t('dashboard.awards.toCertificates')}</GoLink>}>
        {certificatesUnprinted > 0 ? (
          <Typography.Text type="warning">{t('dashboard.awards.unprinted', { count: n(certificatesUnprinted) })}</Typography.Text>
        ) : (
          <Muted>{t('dashboard.awards.allPrinted')}</Muted>
        )}
      </WorkLine>
      <WorkLine testId="awards-proposals" link={<GoLink route="proposals" params={{ year }}>{t('dashboard.awards.toProposals')}</GoLink>}>
        {proposals.pending > 0 ? t('dashboard.awards.pending', { count: n(proposals.pending), items: n(proposals.pendingItems) }) : <Muted>{t('dashboard.awards.noPending')}</Muted>}
      </WorkLine>
    </WorkCard>
  );
}

function ReportCard({ data }: { data: DashboardYear }) {
  const { t } = useTranslation();
  const { year, report } = data;
  const line =
    report.state === 'final'
      ? t('dashboard.report.final', { version: report.version, date: dayjs(report.finalizedAt).format('DD/MM/YYYY') })
      : report.state === 'draft'
        ? t('dashboard.report.draft', { date: dayjs(report.savedAt).format('DD/MM/YYYY HH:mm') })
        : t('dashboard.report.none', { year });
  return (
    <WorkCard title={t('dashboard.report.title')} testId="card-report">
      <WorkLine testId="report-state" link={<GoLink route="report" primary>{t(report.state === 'none' ? 'dashboard.report.start' : 'dashboard.report.open')}</GoLink>}>
        {report.state === 'none' ? <Muted>{line}</Muted> : line}
      </WorkLine>
    </WorkCard>
  );
}

/** The working year's cards: each a few one-line figures with a link to where the work is done. */
export function YearCards({ year }: { year: number }) {
  const { t } = useTranslation();
  const { data } = useLoad(useCallback(() => call('dashboard:year', { year }), [year]), null as DashboardYear | null);
  return (
    <>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('dashboard.yearTitle', { year })}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>{data ? <EmulationCard data={data} /> : <WorkCard title={t('dashboard.emulation.title')} testId="card-emulation">{null}</WorkCard>}</Col>
        {/* The targets' actuals are figures over the whole office: asked once the other cards have answered. */}
        <Col xs={24} lg={12}>{data ? <TargetsCard year={year} /> : <WorkCard title={t('dashboard.targets.title')} testId="card-targets">{null}</WorkCard>}</Col>
        <Col xs={24} lg={12}>{data ? <AwardsCard data={data} /> : <WorkCard title={t('dashboard.awards.title')} testId="card-awards">{null}</WorkCard>}</Col>
        <Col xs={24} lg={12}>{data ? <ReportCard data={data} /> : <WorkCard title={t('dashboard.report.title')} testId="card-report">{null}</WorkCard>}</Col>
      </Row>
    </>
  );
}
