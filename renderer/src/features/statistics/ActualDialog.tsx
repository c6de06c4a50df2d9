import { useEffect, useState } from 'react';
import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TargetView } from '@shared/statistics/targets';
import { call } from '../../api/client';
import { NumberInput } from '../../components/NumberInput';
import { errorText } from '../../api/errorText';
import { FormModal } from '../../components/FormModal';

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
    <FormModal
      open={target !== null}
      title={target ? t('statistics.targets.actualTitle', { name: target.name }) : ''}
      dirty={target !== null && value !== (target.manualActual ?? null)}
      saving={saving}
      onClose={onClose}
      onSubmit={() => void save()}
      okText={t('statistics.save')}
    >
      <Typography.Paragraph type="secondary">{t('statistics.targets.actualHelp')}</Typography.Paragraph>
      <NumberInput value={value} onChange={setValue} ariaLabel={t('statistics.targets.actual')} />
    </FormModal>
  );
}
