import { useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { baseName } from './fileBytes';
import { chooseTarget, deliverFile, isDesktop } from '../../api/files';
import { errorText } from '../../api/errorText';

/** "Tải các dòng lỗi (.xlsx)": the rows that will not be imported, with a "Lý do" column. */
export function useRejectedDownload(token: string | undefined, fileName: string | undefined) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);

  const download = async () => {
    if (!token) return;
    setSaving(true);
    try {
      const target = await chooseTarget(t('exchange.check.rejectedFileName', { name: baseName(fileName ?? 'import') }), 'xlsx');
      if (target === null) return;
      const { file } = await call('import:rejected', { token, target });
      await deliverFile(file, target);
      if (isDesktop()) void message.success(t('exchange.check.savedTo', { file }));
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setSaving(false);
    }
  };
  return { download, saving };
}
