import { useCallback, useEffect, useState } from 'react';
import { App, Button, Flex, Popconfirm, Tabs, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SheetDetail } from '@shared/clusters/model';
import { formatScore } from '@shared/clusters/bands';
import { call } from '../../api/client';
import { CriteriaEditor } from './CriteriaEditor';
import { RankingPanel } from './RankingPanel';
import { ScoreGrid } from './ScoreGrid';
import { SheetSettingsForm } from './SheetSettingsForm';
import { errorText } from '../../api/errorText';

/** One scoring sheet: scores, ranking, criteria, bands and rules. */
export function SheetView({ sheetId, onDeleted }: { sheetId: number; onDeleted(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [detail, setDetail] = useState<SheetDetail | null>(null);
  const [tab, setTab] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const next = await call('scoreSheets:get', { id: sheetId });
      setDetail(next);
      setTab((current) => current ?? (next.criteria.some((c) => c.kind !== 'section') ? 'scores' : 'criteria'));
    } catch (error) {
      message.error(errorText(error));
    }
  }, [sheetId, message]);
  useEffect(() => void load(), [load]);

  const remove = async () => {
    try {
      await call('scoreSheets:delete', { id: sheetId });
      onDeleted();
    } catch (error) {
      message.error(errorText(error));
    }
  };

  if (!detail || !tab) return null;
  return (
    <Flex vertical gap={4}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>
          {detail.sheet.name} · {t('clusters.sheet.maxTotal', { max: formatScore(detail.sheet.maxTotal) })}
        </Typography.Text>
        <Popconfirm title={t('clusters.sheet.deleteConfirm')} okText={t('common.delete')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }} onConfirm={() => void remove()}>
          <Button size="small" danger icon={<DeleteOutlined />}>
            {t('clusters.sheet.deleteSheet')}
          </Button>
        </Popconfirm>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          { key: 'scores', label: t('clusters.sheet.tabs.scores'), children: <ScoreGrid detail={detail} onRanking={(ranking) => setDetail((d) => (d ? { ...d, ranking } : d))} onScores={(scores) => setDetail((d) => (d ? { ...d, scores } : d))} /> },
          { key: 'ranking', label: t('clusters.sheet.tabs.ranking'), children: <RankingPanel detail={detail} onApplied={() => void load()} /> },
          { key: 'criteria', label: t('clusters.sheet.tabs.criteria'), children: <CriteriaEditor detail={detail} onSaved={setDetail} /> },
          { key: 'settings', label: t('clusters.sheet.tabs.settings'), children: <SheetSettingsForm detail={detail} onSaved={setDetail} /> },
        ]}
      />
    </Flex>
  );
}
