import { useEffect, useState } from 'react';
import { Alert, App, Button, Radio, Space, Typography } from 'antd';
import { FormModal } from '../../components/FormModal';
import { errorText } from '../../api/errorText';
import { useTranslation } from 'react-i18next';
import type { BackupListed, RestorePreview } from '@shared/backups/model';
import { formatDateVi } from '@shared/domain/format/date';
import { formatNumber } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { fileNameOf } from '../../api/files';
import { OtherBackupFile, type OtherBackup } from './OtherBackupFile';

const pad = (n: number) => String(n).padStart(2, '0');
/** The local day of an ISO instant as dd/mm/yyyy. */
const localDate = (iso: string) => {
  const at = new Date(iso);
  return formatDateVi(`${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`);
};
const localTime = (iso: string) => `${localDate(iso)} ${pad(new Date(iso).getHours())}:${pad(new Date(iso).getMinutes())}`;

type Checked = { preview: RestorePreview } | { refused: string } | null;
/** A copy in the data folder's backups/ by its name, or a file chosen elsewhere by the id of the choice. */
type Choice = { name: string } | OtherBackup;
const inputOf = (choice: Choice) => ('source' in choice ? { source: choice.source } : { name: choice.name });

/** "Khôi phục từ bản sao lưu…": pick a backup, see what it holds (checked by the backend), then restore. */
export function RestoreBackup({ onRestored = () => window.location.reload() }: { onRestored?: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [open, setOpen] = useState(false);
  const [backups, setBackups] = useState<BackupListed[] | null>(null);
  const [chosen, setChosen] = useState<Choice | null>(null);
  const [checked, setChecked] = useState<Checked>(null);
  const [restoring, setRestoring] = useState(false);

  useEffect(() => {
    if (!open) return;
    setBackups(null);
    setChosen(null);
    setChecked(null);
    call('backups:list', {}).then(setBackups, (error: unknown) => void message.error(errorText(error)));
  }, [open, message]);

  const choose = (choice: Choice) => {
    setChosen(choice);
    setChecked(null);
    call('backups:preview', inputOf(choice)).then(
      (preview) => setChecked({ preview }),
      (error: unknown) => setChecked({ refused: errorText(error) }),
    );
  };

  const restore = async () => {
    if (!chosen) return;
    setRestoring(true);
    try {
      const done = await call('backups:restore', inputOf(chosen));
      setOpen(false);
      modal.success({ title: t('backups.restoreDone'), content: t('backups.restoreDoneDetail', { file: fileNameOf(done.safetyBackup) }), onOk: onRestored });
    } catch (error) {
      setChecked({ refused: errorText(error) });
    } finally {
      setRestoring(false);
    }
  };

  const preview = checked && 'preview' in checked ? checked.preview : null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('backups.restoreOpen')}</Button>
      <FormModal
        open={open}
        title={t('backups.restoreTitle')}
        dirty={false}
        onClose={() => setOpen(false)}
        okText={t('backups.restoreConfirm')}
        danger
        okDisabled={!preview}
        saving={restoring}
        onSubmit={() => void restore()}
        width={640}
      >
        {backups?.length === 0 && <Typography.Paragraph>{t('backups.restoreNone')}</Typography.Paragraph>}
        {backups && backups.length > 0 && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text>{t('backups.restorePick')}</Typography.Text>
            <Radio.Group
              value={chosen && !('source' in chosen) ? chosen.name : null}
              onChange={(event) => choose({ name: event.target.value as string })}
              style={{ maxHeight: 240, overflowY: 'auto', width: '100%' }}
            >
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
        <OtherBackupFile
          onChosen={choose}
          onRefused={(refused) => {
            setChosen(null);
            setChecked({ refused });
          }}
        />
        {chosen && 'source' in chosen && (
          <Typography.Paragraph style={{ marginTop: 8 }} data-testid="restore-other-chosen">
            {t('backups.restoreOtherChosen', { file: chosen.name })}
          </Typography.Paragraph>
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
      </FormModal>
    </>
  );
}
