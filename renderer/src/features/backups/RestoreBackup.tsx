import { useEffect, useState } from 'react';
import { Alert, App, Button, Modal, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupListed, RestorePreview } from '@shared/backups/model';
import { formatDateVi } from '@shared/domain/format/date';
import { formatNumber } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { fileNameOf } from '../../api/files';

const pad = (n: number) => String(n).padStart(2, '0');
/** The local day of an ISO instant as dd/mm/yyyy. */
const localDate = (iso: string) => {
  const at = new Date(iso);
  return formatDateVi(`${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`);
};
const localTime = (iso: string) => `${localDate(iso)} ${pad(new Date(iso).getHours())}:${pad(new Date(iso).getMinutes())}`;

type Checked = { preview: RestorePreview } | { refused: string } | null;

/** "Khôi phục từ bản sao lưu…": pick a backup, see what it holds (checked by the backend), then restore. */
export function RestoreBackup({ onRestored = () => window.location.reload() }: { onRestored?: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [open, setOpen] = useState(false);
  const [backups, setBackups] = useState<BackupListed[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked>(null);
  const [restoring, setRestoring] = useState(false);

  useEffect(() => {
    if (!open) return;
    setBackups(null);
    setChosen(null);
    setChecked(null);
    call('backups:list', {}).then(setBackups, (error: Error) => void message.error(error.message));
  }, [open, message]);

  const choose = (name: string) => {
    setChosen(name);
    setChecked(null);
    call('backups:preview', { name }).then(
      (preview) => setChecked({ preview }),
      (error: Error) => setChecked({ refused: error.message }),
    );
  };

  const restore = async () => {
    if (!chosen) return;
    setRestoring(true);
    try {
      const done = await call('backups:restore', { name: chosen });
      setOpen(false);
      modal.success({ title: t('backups.restoreDone'), content: t('backups.restoreDoneDetail', { file: fileNameOf(done.safetyBackup) }), onOk: onRestored });
    } catch (error) {
      setChecked({ refused: (error as Error).message });
    } finally {
      setRestoring(false);
    }
  };

  const preview = checked && 'preview' in checked ? checked.preview : null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('backups.restoreOpen')}</Button>
      <Modal
        open={open}
        title={t('backups.restoreTitle')}
        onCancel={() => setOpen(false)}
        okText={t('backups.restoreConfirm')}
        okButtonProps={{ danger: true, disabled: !preview, loading: restoring }}
        onOk={() => void restore()}
        width={640}
      >
        {backups?.length === 0 && <Typography.Paragraph>{t('backups.restoreNone')}</Typography.Paragraph>}
        {backups && backups.length > 0 && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text>{t('backups.restorePick')}</Typography.Text>
            <Radio.Group value={chosen} onChange={(event) => choose(event.target.value as string)} style={{ maxHeight: 240, overflowY: 'auto', width: '100%' }}>
              <Space direction="vertical">
                {backups.map((backup) => (
                  <Radio key={backup.name} value={backup.name}>
                    {backup.name} — {localTime(backup.at)}
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Space>
        )}
        {chosen && !checked && <Alert style={{ marginTop: 12 }} type="info" title={t('backups.restoreChecking')} />}
        {preview && (
          <Alert
            style={{ marginTop: 12 }}
            type="warning"
            data-testid="restore-preview"
            title={t('backups.restorePreview', {
              date: localDate(preview.at),
              unions: formatNumber(preview.unions),
              members: formatNumber(preview.members),
              decisions: formatNumber(preview.decisions),
            })}
            description={t('backups.restoreWarning')}
          />
        )}
        {checked && 'refused' in checked && (
          <Alert style={{ marginTop: 12 }} type="error" data-testid="restore-refused" title={t('backups.restoreRefused')} description={checked.refused} />
        )}
      </Modal>
    </>
  );
}
