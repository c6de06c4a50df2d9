import { useEffect, useState } from 'react';
import { Alert, App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '@shared/backups/model';
import { formatDateVi } from '@shared/domain/format/date';
import { call } from '../../api/client';
import { fileNameOf } from '../../api/files';
import { backupOutside } from './backupOutside';
import { errorText } from '../../api/errorText';

/** The dashboard's banner when no copy has left the PC for a week; its button makes one. */
export function BackupReminder() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [status, setStatus] = useState<BackupStatus | null>(null);

  useEffect(() => {
    call('backups:status', {}).then(setStatus, () => setStatus(null));
  }, []);

  if (!status?.remind) return null;
  const backup = async () => {
    try {
      const written = await backupOutside();
      if (!written) return;
      void message.success(t('backups.backupOutDone', { file: fileNameOf(written.file) }));
      setStatus(await call('backups:status', {}));
    } catch (error) {
      void message.error(errorText(error));
    }
  };
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="backup-reminder"
      title={t('backups.remindTitle')}
      description={status.lastOutsideAt ? t('backups.remindLast', { date: formatDateVi(status.lastOutsideAt.slice(0, 10)) }) : t('backups.remindNever')}
      action={<Button onClick={() => void backup()}>{t('backups.backupOut')}</Button>}
    />
  );
}
