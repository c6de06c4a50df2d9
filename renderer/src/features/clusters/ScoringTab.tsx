import { useCallback, useEffect, useState } from 'react';
import { App, Empty, Flex, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClusterSummary } from '@shared/clusters/model';
import { call } from '../../api/client';
import { routeParams } from '../../app/routes';
import { CreateSheet } from './CreateSheet';
import { SheetView } from './SheetView';
import { errorText } from '../../api/errorText';
import { useWorkingYear } from '../../components/useWorkingYear';

/** Choose the year and the cluster, then score its sheet (or create one). */
export function ScoringTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [year, setYear] = useWorkingYear();
  const [clusters, setClusters] = useState<ClusterSummary[] | null>(null);
  const [clusterId, setClusterId] = useState<number | null>(() => Number(routeParams().get('cluster')) || null);

  const load = useCallback(async () => {
    try {
      const list = await call('clusters:list', { year });
      setClusters(list);
      setClusterId((current) => (current !== null && list.some((c) => c.id === current) ? current : (list[0]?.id ?? null)));
    } catch (error) {
      message.error(errorText(error));
    }
  }, [year, message]);
  useEffect(() => void load(), [load]);

  const cluster = clusters?.find((c) => c.id === clusterId) ?? null;
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} align="center">
        <InputNumber<number> aria-label={t('clusters.year')} prefix={t('clusters.year')} min={1900} max={2200} value={year} onChange={(v) => v && setYear(v)} style={{ width: 130 }} />
        <Select<number>
          aria-label={t('clusters.sheet.pickCluster')}
          style={{ width: 480 }}
          placeholder={t('clusters.sheet.pickClusterPlaceholder')}
          value={clusterId ?? undefined}
          onChange={setClusterId}
          options={(clusters ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.memberCount})` }))}
        />
      </Flex>
      {clusters !== null && clusters.length === 0 && <Empty description={t('clusters.sheet.noClusters', { year })} />}
      {cluster && cluster.sheetId === null && <CreateSheet cluster={cluster} onCreated={() => void load()} />}
      {cluster && cluster.sheetId !== null && <SheetView key={cluster.sheetId} sheetId={cluster.sheetId} onDeleted={() => void load()} />}
    </Flex>
  );
}
