import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Empty, Flex, Progress, Row, Statistic, Typography } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { OrganizationSummary } from '@shared/ipc/contracts/organizations';
import { formatNumber } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { navigate } from '../../app/routes';
import { useAppStore } from '../../stores/appStore';
import { YearCards } from './YearCards';
import { BackupReminder } from '../backups/BackupReminder';
import { errorText } from '../../api/errorText';

export function DashboardPage() {
  const { t } = useTranslation();
  const [summary, setSummary] = useState<OrganizationSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const year = useAppStore((s) => s.settings?.['office.workingYear']) ?? new Date().getFullYear();

  useEffect(() => {
    call('organizations:summary', {}).then(setSummary, (e: unknown) => setError(errorText(e)));
  }, []);

  if (error) return <Alert type="error" title={error} />;
  if (!summary) return null;
  if (summary.grassrootsTotal === 0) {
    return (
      <Empty description={t('dashboard.empty')} style={{ marginTop: 48 }}>
        <Flex vertical align="center" gap={12}>
          <Button type="primary" size="large" icon={<ImportOutlined />} onClick={() => navigate('import')}>
            {t('dashboard.firstStepImport')}
          </Button>
          <Flex gap={8}>
            <Button onClick={() => navigate('unions')}>{t('dashboard.addUnionByHand')}</Button>
            <Button onClick={() => navigate('settings')}>{t('dashboard.goToSettings')}</Button>
          </Flex>
        </Flex>
      </Empty>
    );
  }
  const format = (value: number | string) => formatNumber(Number(value));
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('dashboard.title')}
      </Typography.Title>
      <BackupReminder />
      <YearCards year={year} />
      <Row gutter={16} style={{ marginTop: 8 }}>
        <Col span={8}>
          <Card data-testid="card-grassroots">
            <Statistic title={t('dashboard.grassroots')} value={summary.grassrootsActive} formatter={format} />
            <Typography.Text type="secondary">
              {formatNumber(summary.grassrootsActive)}/{formatNumber(summary.grassrootsTotal)} {t('dashboard.grassrootsActive')}
            </Typography.Text>
          </Card>
        </Col>
        <Col span={8}>
          <Card data-testid="card-members">
            <Statistic title={t('dashboard.members')} value={summary.members.active} formatter={format} />
            <Typography.Text type="secondary">
              {t('dashboard.membersFemale', { count: formatNumber(summary.members.female) })}
            </Typography.Text>
          </Card>
        </Col>
        <Col span={8}>
          <Card data-testid="card-admitted">
            <Statistic title={t('dashboard.admitted', { year: summary.members.year })} value={summary.members.admittedThisYear} formatter={format} />
            <Typography.Text type="secondary">
              {t('dashboard.workersLine', { total: formatNumber(summary.workersTotal), female: formatNumber(summary.workersFemale) })}
            </Typography.Text>
          </Card>
        </Col>
      </Row>
      <Card title={t('dashboard.bySector')}>
        {summary.bySector.map(({ sector, count, members }) => (
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
    </Flex>
  );
}
