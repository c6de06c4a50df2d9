import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RotationPick, RotationSuggestion } from '@shared/clusters/model';

/** Why a unit is suggested, in words. */
export function useRotationReason() {
  const { t } = useTranslation();
  return (pick: RotationPick, year: number) => {
    const parts = [
      pick.lastLedYear !== null
        ? t('clusters.rotation.since', { year: pick.lastLedYear, waited: year - pick.lastLedYear })
        : pick.historyFrom !== null
          ? t('clusters.rotation.never', { from: pick.historyFrom })
          : t('clusters.rotation.neverNoHistory'),
    ];
    if (pick.wasDeputyLastYear) parts.push(t('clusters.rotation.wasDeputy'));
    return parts.join('; ');
  };
}

export function RotationNote({ rotation, year, onApply }: { rotation: RotationSuggestion; year?: number; onApply(): void }) {
  const { t } = useTranslation();
  const reason = useRotationReason();
  if (!rotation.leader) return null;
  const y = year ?? new Date().getFullYear();
  return (
    <Alert
      type="info"
      showIcon
      title={t('clusters.rotation.title')}
      description={
        <>
          <div>
            {t('clusters.rotation.leader', { name: rotation.leader.name })} — {reason(rotation.leader, y)}
          </div>
          {rotation.deputy && (
            <div>
              {t('clusters.rotation.deputy', { name: rotation.deputy.name })} — {reason(rotation.deputy, y)}
            </div>
          )}
        </>
      }
      action={
        <Button size="small" onClick={onApply}>
          {t('clusters.rotation.apply')}
        </Button>
      }
    />
  );
}
