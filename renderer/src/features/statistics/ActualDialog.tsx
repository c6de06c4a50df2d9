import { useEffect, useState } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TargetView } from '@shared/statistics/targets';
import { call } from '../../api/client';
import { NumberInput } from '../../components/NumberInput';
import { FormModal } from '../../components/FormModal';
import { useSaving } from '../../components/useSaving';

/** Types the actual of a target the data does not count. */
export function ActualDialog({ target, onClose, onSaved }: { target: TargetView | null; onClose(): void; onSaved(target: TargetView): void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<number | null>(null);
  const { saving, runSave } = useSaving();
  useEffect(() => setValue(target?.manualActual ?? null), [target]);
  const save = async () => {
    if (!target) return;
    await runSave(async () => {
      onSaved(await call('targets:setActual', { id: target.id, value }));
    });
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
