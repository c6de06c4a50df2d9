import { useState } from 'react';
import { Button, Space, Typography } from 'antd';
import { FolderOpenOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ChosenBackup } from '@shared/backups/model';
import { UPLOAD_LIMITS_MB } from '@shared/domain/schemas';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { fileToBase64 } from '../../api/fileBase64';
import { isDesktop } from '../../api/files';
import { FilePickButton } from '../../components/FilePickButton';

/** A backup chosen outside the data folder: the id of the choice (never a path) and the file's name. */
export interface OtherBackup {
  source: string;
  name: string;
}

const BACKUP_EXTENSIONS = ['db'];

/**
 * "Khôi phục từ tệp khác…": in the desktop app main shows its open dialog and keeps the path; in the
 * browser preview the file is uploaded and kept by the preview. Either way the renderer gets an id.
 */
export function OtherBackupFile({ onChosen, onRefused }: { onChosen(backup: OtherBackup): void; onRefused(text: string): void }) {
  const { t } = useTranslation();
  const [reading, setReading] = useState<string | null>(null);

  const chosen = (choice: ChosenBackup) => {
    if (choice.source && choice.name) onChosen({ source: choice.source, name: choice.name });
  };

  const openDialog = () => call('files:chooseOpenFile', { extensions: BACKUP_EXTENSIONS }).then(chosen, (error: unknown) => onRefused(errorText(error)));

  const upload = async (file: File) => {
    if (file.size > UPLOAD_LIMITS_MB.backup * 1024 * 1024) return onRefused(t('backups.restoreTooLarge', { file: file.name, limit: UPLOAD_LIMITS_MB.backup }));
    setReading(file.name);
    try {
      const bytes = await fileToBase64(file);
      chosen(await call('backups:upload', { fileName: file.name, bytes, modifiedAt: new Date(file.lastModified).toISOString() }));
    } catch (error) {
      onRefused(errorText(error));
    } finally {
      setReading(null);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
      <Typography.Text>{t('backups.restoreOtherHint')}</Typography.Text>
      {isDesktop() ? (
        <Button icon={<FolderOpenOutlined />} onClick={() => void openDialog()}>
          {t('backups.restoreOther')}
        </Button>
      ) : (
        <FilePickButton accept=".db" icon={<FolderOpenOutlined />} testId="restore-file-input" disabled={reading !== null} onPick={(file) => void upload(file)}>
          {t('backups.restoreOther')}
        </FilePickButton>
      )}
      {reading && <Typography.Text type="secondary">{t('backups.restoreUploading', { file: reading })}</Typography.Text>}
    </Space>
  );
}
