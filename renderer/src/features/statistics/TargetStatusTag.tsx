import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateVi } from '@shared/domain/format/date';
import type { TargetStatus, TargetView } from '@shared/statistics/targets';

const COLORS: Record<TargetStatus, string> = { met: 'blue', exceeded: 'green', not_met: 'orange' };
const KEYS = { met: 'statusMet', exceeded: 'statusExceeded', not_met: 'statusNotMet' } as const;

export function TargetStatusTag({ status }: { status: TargetStatus | null }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <Tag color={COLORS[status]}>{t(`statistics.targets.${KEYS[status]}`)}</Tag>;
}

export function TargetSourceTag({ target }: { target: TargetView }) {
  const { t } = useTranslation();
  if (target.source === 'data') return <Tag color="cyan">{t('statistics.targets.sourceData')}</Tag>;
  const who = target.manualBy && target.manualAt ? t('statistics.targets.typedBy', { by: target.manualBy, at: `${formatDateVi(target.manualAt.slice(0, 10))} ${target.manualAt.slice(11, 16)}` }) : t('statistics.targets.notTyped');
  return (
    <Tooltip title={who}>
      <Tag>{t('statistics.targets.sourceManual')}</Tag>
    </Tooltip>
  );
}
