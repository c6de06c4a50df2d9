import { useEffect, useState } from 'react';
import { App, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TargetView } from '@shared/statistics/targets';
import { call } from '../../api/client';
import { NumberInput } from './NumberInput';
import { errorText } from '../../api/errorText';

/** Types the actual of a target the data does not count. */
export function ActualDialog({ target, onClose, onSaved }: { target: TargetView | null; onClose(): void; onSaved(target: TargetView): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [value, setValue] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => setValue(target?.manualActual ?? null), [target]);
  const save = async () => {
    if (!target) return;
    setSaving(true);
    try {
      onSaved(await call('targets:setActual', { id: target.id, value }));
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={target !== null}
      title={target ? t('statistics.targets.actualTitle', { name: target.name }) : ''}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('statistics.save')}
      cancelText={t('statistics.cancel')}
      okButtonProps={{ loading: saving }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('statistics.targets.actualHelp')}</Typography.Paragraph>
      <NumberInput value={value} onChange={setValue} ariaLabel={t('statistics.targets.actual')} onPressEnter={() => void save()} />
    </Modal>
  );
}
