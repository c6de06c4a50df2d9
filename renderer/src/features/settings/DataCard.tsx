import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppInfo, VerifyReport } from '@shared/ipc/contracts/app';
import { call } from '../../api/client';
import { backupOutside } from '../backups/backupOutside';
import { RestoreBackup } from '../backups/RestoreBackup';

export function DataCard({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [report, setReport] = useState<VerifyReport | null>(null);

  const backup = async () => {
    try {
      const { file } = await call('db:backup', {});
      message.success(t('settings.backupDone', { file }));
    } catch (error) {
      message.error((error as Error).message);
    }
  };

  const backupOut = async () => {
    try {
      const written = await backupOutside();
      if (written) message.success(t('backups.backupOutDone', { file: written.file }));
    } catch (error) {
      message.error((error as Error).message);
    }
  };

  const verify = async () => {
    try {
      setReport(await call('db:verify', {}));
    } catch (error) {
      message.error((error as Error).message);
    }
  };

  return (
    <Card size="small" title={t('settings.dataSection')}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('settings.dataFolder')}>{info.dataDir}</Descriptions.Item>
        <Descriptions.Item label={t('settings.schemaVersion')}>{info.schemaVersion}</Descriptions.Item>
      </Descriptions>
      <Space>
        <Button onClick={() => void backup()}>{t('settings.backup')}</Button>
        <Button onClick={() => void backupOut()}>{t('backups.backupOut')}</Button>
        <RestoreBackup />
        <Button onClick={() => void verify()}>{t('settings.verify')}</Button>
      </Space>
      {report && (
        <Alert
          style={{ marginTop: 12 }}
          type={report.healthy ? 'success' : 'error'}
          message={report.healthy ? t('settings.verifyHealthy') : t('settings.verifyUnhealthy', { problems: report.integrity.join('; ') })}
        />
      )}
    </Card>
  );
}
