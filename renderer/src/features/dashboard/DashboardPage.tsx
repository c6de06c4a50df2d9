import { useEffect, useState } from 'react';
import { Alert, Button, Empty, Flex, Typography } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { OrganizationSummary } from '@shared/ipc/contracts/organizations';
import { call } from '../../api/client';
import { navigate } from '../../app/routes';
import { useAppStore } from '../../stores/appStore';
import { YearCards } from './YearCards';
import { SummaryCards } from './SummaryCards';
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
  // The frame and the year's cards show at once; the counts over every member fill in when they
  // arrive. Only an office without any CĐCS yet gets the first steps instead.
  if (summary?.grassrootsTotal === 0) {
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
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('dashboard.title')}
      </Typography.Title>
      <BackupReminder />
      <YearCards year={year} />
      <SummaryCards summary={summary} year={year} />
    </Flex>
  );
}
