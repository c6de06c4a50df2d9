import { useCallback } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TargetList } from '@shared/ipc/contracts/statistics';
import { formatNumber } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { useLoad } from '../../components/useLoad';
import { GoLink, WorkCard, WorkLine } from './WorkCard';

const NAMED = 3;

/** Targets met or exceeded out of all, the ones not met named; actuals as targets:list computes them. */
export function TargetsCard({ year }: { year: number }) {
  const { t } = useTranslation();
  const { data, loading } = useLoad(useCallback(() => call('targets:list', { year }), [year]), null as TargetList | null);
  const targets = data?.year === year ? data.targets : null;
  const link = <GoLink route="targets" params={{ year }}>{t('dashboard.open')}</GoLink>;

  if (!targets) {
    return (
      <WorkCard title={t('dashboard.targets.title')} testId="card-targets">
        <Typography.Text type="secondary">{loading ? t('dashboard.targets.loading') : ''}</Typography.Text>
      </WorkCard>
    );
  }
  if (targets.length === 0) {
    return (
      <WorkCard title={t('dashboard.targets.title')} testId="card-targets">
        <WorkLine link={<GoLink route="targets" params={{ year }} primary>{t('dashboard.targets.add')}</GoLink>}>
          <Typography.Text type="secondary">{t('dashboard.targets.none', { year })}</Typography.Text>
        </WorkLine>
      </WorkCard>
    );
  }
  const reached = targets.filter((target) => target.status === 'met' || target.status === 'exceeded').length;
  const notMet = targets.filter((target) => target.status === 'not_met');
  const noActual = targets.filter((target) => target.status === null).length;
  return (
    <WorkCard title={t('dashboard.targets.title')} testId="card-targets">
      <WorkLine link={link} testId="targets-reached">
        <strong>{t('dashboard.targets.reached', { reached: formatNumber(reached), total: formatNumber(targets.length) })}</strong>
      </WorkLine>
      {notMet.length > 0 ? (
        <div data-testid="targets-not-met">
          <Typography.Text type="danger">{t('dashboard.targets.notMet')}</Typography.Text>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {notMet.slice(0, NAMED).map((target) => (
              <li key={target.id}>{t('dashboard.targets.notMetItem', { name: target.name, percent: formatNumber(target.percent ?? 0, 1) })}</li>
            ))}
          </ul>
          {notMet.length > NAMED && <Typography.Text type="secondary">{t('dashboard.targets.more', { count: notMet.length - NAMED })}</Typography.Text>}
        </div>
      ) : (
        <Typography.Text type="success">{t('dashboard.targets.allReached')}</Typography.Text>
      )}
      {noActual > 0 && <Typography.Text type="secondary">{t('dashboard.targets.noActual', { count: noActual })}</Typography.Text>}
    </WorkCard>
  );
}
