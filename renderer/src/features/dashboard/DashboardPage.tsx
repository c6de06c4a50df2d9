import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Empty, Flex, Progress, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrganizationSummary } from '@shared/ipc/contracts/organizations';
import { formatNumber } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { navigate } from '../../app/routes';

export function DashboardPage() {
  const { t } = useTranslation();
  const [summary, setSummary] = useState<OrganizationSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('organizations:summary', {}).then(setSummary, (e: Error) => setError(e.message));
  }, []);

  if (error) return <Alert type="error" message={error} />;
  if (!summary) return null;
  if (summary.grassrootsTotal === 0) {
    return (
      <Empty description={t('dashboard.empty')}>
        <Button type="primary" onClick={() => navigate('settings')}>
          {t('dashboard.goToSettings')}
        </Button>
      </Empty>
    );
  }
  const format = (value: number | string) => formatNumber(Number(value));
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('dashboard.title')}
      </Typography.Title>
      <Row gutter={16}>
        <Col span={8}>
          <Card data-testid="card-grassroots">
            <Statistic title={t('dashboard.grassroots')} value={summary.grassrootsActive} formatter={format} />
            <Typography.Text type="secondary">
              {formatNumber(summary.grassrootsActive)}/{formatNumber(summary.grassrootsTotal)} {t('dashboard.grassrootsActive')}
            </Typography.Text>
          </Card>
        </Col>
        <Col span={8}>
          <Card>
            <Statistic title={t('dashboard.workers')} value={summary.workersTotal} formatter={format} />
          </Card>
        </Col>
        <Col span={8}>
          <Card>
            <Statistic title={t('dashboard.workersFemale')} value={summary.workersFemale} formatter={format} />
          </Card>
        </Col>
      </Row>
      <Card title={t('dashboard.bySector')}>
        {summary.bySector.map(({ sector, count }) => (
          <Flex key={sector ?? 'none'} gap={12} align="center">
            <Typography.Text style={{ width: 260 }}>{t(`sectors.${sector ?? 'none'}`)}</Typography.Text>
            <Progress
              style={{ flex: 1, margin: 0 }}
              percent={Math.round((count / summary.grassrootsActive) * 100)}
              format={() => formatNumber(count)}
            />
          </Flex>
        ))}
      </Card>
    </Flex>
  );
}
