import { Card, Col, Flex, Progress, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrganizationSummary } from '@shared/ipc/contracts/organizations';
import { formatNumber } from '@shared/domain/format/number';

const format = (value: number | string) => formatNumber(Number(value));

/** The office's CĐCS and members; their frames stand (loading) until the counts over every member arrive. */
export function SummaryCards({ summary, year }: { summary: OrganizationSummary | null; year: number }) {
  const { t } = useTranslation();
  const loading = summary === null;
  return (
    <>
      <Row gutter={16} style={{ marginTop: 8 }}>
        <Col span={8}>
          <Card data-testid="card-grassroots" loading={loading} title={loading ? t('dashboard.grassroots') : undefined}>
            {summary && (
              <>
                <Statistic title={t('dashboard.grassroots')} value={summary.grassrootsActive} formatter={format} />
                <Typography.Text type="secondary">
                  {formatNumber(summary.grassrootsActive)}/{formatNumber(summary.grassrootsTotal)} {t('dashboard.grassrootsActive')}
                </Typography.Text>
              </>
            )}
          </Card>
        </Col>
        <Col span={8}>
          <Card data-testid="card-members" loading={loading} title={loading ? t('dashboard.members') : undefined}>
            {summary && (
              <>
                <Statistic title={t('dashboard.members')} value={summary.members.active} formatter={format} />
                <Typography.Text type="secondary">{t('dashboard.membersFemale', { count: formatNumber(summary.members.female) })}</Typography.Text>
              </>
            )}
          </Card>
        </Col>
        <Col span={8}>
          <Card data-testid="card-admitted" loading={loading} title={loading ? t('dashboard.admitted', { year }) : undefined}>
            {summary && (
              <>
                <Statistic title={t('dashboard.admitted', { year: summary.members.year })} value={summary.members.admittedThisYear} formatter={format} />
                <Typography.Text type="secondary">
                  {t('dashboard.workersLine', { total: formatNumber(summary.workersTotal), female: formatNumber(summary.workersFemale) })}
                </Typography.Text>
              </>
            )}
          </Card>
        </Col>
      </Row>
      <Card title={t('dashboard.bySector')} loading={loading} data-testid="card-sectors">
        {summary?.bySector.map(({ sector, count, members }) => (
          <Flex key={sector ?? 'none'} gap={12} align="center">
            <Typography.Text style={{ width: 260 }}>{t(`sectors.${sector ?? 'none'}`)}</Typography.Text>
            <Progress
              style={{ flex: 1, margin: 0 }}
              strokeColor="#c41d1d"
              percent={Math.round((count / summary.grassrootsActive) * 100)}
              format={() => formatNumber(count)}
            />
            <Typography.Text style={{ width: 160, textAlign: 'right' }}>{t('dashboard.sectorMembers', { count: formatNumber(members) })}</Typography.Text>
          </Flex>
        ))}
      </Card>
    </>
  );
}
