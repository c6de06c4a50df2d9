import { useCallback, useEffect, useState } from 'react';
import { App, Button, Card, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClusterSummary, SheetSummary } from '@shared/clusters/model';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useLoad } from '../../components/useLoad';

/** A new sheet for the cluster: a copy of last year's (the same cluster's first) or an empty table. */
export function CreateSheet({ cluster, onCreated }: { cluster: ClusterSummary; onCreated(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [copyFrom, setCopyFrom] = useState<number | 0>(0);
  const [busy, setBusy] = useState(false);
  const fetch = useCallback(
    () => Promise.all([call('scoreSheets:list', { year: cluster.year - 1 }), call('scoreSheets:list', { year: cluster.year })]).then(([last, now]) => ({ last, all: [...last, ...now] })),
    [cluster.year],
  );
  const { data: found } = useLoad<{ last: SheetSummary[]; all: SheetSummary[] }>(fetch, { last: [], all: [] }, { showError: false });
  const sources = found.all;
  useEffect(() => {
    const same = found.last.find((s) => s.clusterName === cluster.name) ?? found.last.find((s) => s.clusterScope === cluster.scope) ?? found.last[0];
    setCopyFrom(same?.id ?? 0);
  }, [found, cluster.name, cluster.scope]);

  const create = async () => {
    setBusy(true);
    try {
      await call('scoreSheets:create', { clusterId: cluster.id, copyFrom: copyFrom || null });
      onCreated();
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small">
      <Flex vertical gap={8}>
        <Typography.Text>{t('clusters.sheet.noSheet', { year: cluster.year })}</Typography.Text>
        <Flex gap={8} align="center">
          <Typography.Text>{t('clusters.sheet.copyFrom')}</Typography.Text>
          <Select<number>
            aria-label={t('clusters.sheet.copyFrom')}
            style={{ width: 560 }}
            value={copyFrom}
            onChange={setCopyFrom}
            options={[{ value: 0, label: t('clusters.sheet.blank') }, ...sources.map((s) => ({ value: s.id, label: t('clusters.sheet.copyLastYear', { year: s.year, name: s.name }) }))]}
          />
          <Button type="primary" loading={busy} onClick={() => void create()}>
            {t('clusters.sheet.create')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
