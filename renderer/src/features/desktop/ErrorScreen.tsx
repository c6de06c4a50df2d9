import { useState } from 'react';
import { Button, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { fileNameOf, saveExport } from '../../api/files';
import { errorText } from '../../api/errorText';

/** What the user sees when a screen failed: what happened, that data is safe, and what to do. */
export function ErrorScreen({ error, componentStack, onRetry }: { error: Error; componentStack: string; onRetry: () => void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string | null>(null);
  const [saveFailed, setSaveFailed] = useState<string | null>(null);
  const save = async () => {
    setSaveFailed(null);
    try {
      const result = await saveExport('thong-tin-loi-uniondesk.txt', 'txt', (where) =>
        call('diagnostics:save', { ...where, error: `${error.stack ?? error.message}\n${componentStack}`, where: window.location.hash || '#/' }),
      () => undefined);
      if (result) setSaved(fileNameOf(result.file));
    } catch (failure) {
      setSaveFailed(errorText(failure));
    }
  };
  return (
    <Result
      status="warning"
      title={t('desktop.errorTitle')}
      subTitle={t('desktop.errorText')}
      extra={
        <Space direction="vertical" align="center">
          <Space>
            <Button type="primary" onClick={() => void save()}>
              {t('desktop.saveErrorInfo')}
            </Button>
            <Button onClick={onRetry}>{t('desktop.retry')}</Button>
            <Button onClick={() => window.location.reload()}>{t('desktop.reload')}</Button>
          </Space>
          {saved && <Typography.Text type="success">{t('desktop.errorInfoSaved', { file: saved })}</Typography.Text>}
          {saveFailed && <Typography.Text type="danger">{saveFailed}</Typography.Text>}
          <Typography.Text type="secondary">{t('desktop.errorDetail', { message: error.message })}</Typography.Text>
        </Space>
      }
    />
  );
}
