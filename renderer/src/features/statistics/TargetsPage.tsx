import { useCallback, useState } from 'react';
import { App, Button, Empty, Flex } from 'antd';
import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TargetList } from '@shared/ipc/contracts/statistics';
import type { TargetView } from '@shared/statistics/targets';
import { call } from '../../api/client';
import { useLoad } from '../../components/useLoad';
import { ActualDialog } from './ActualDialog';
import { TargetDialog } from './TargetDialog';
import { TargetTable } from './TargetTable';
import { nextTargetCode } from './targetForm';
import { YearHeader } from './YearHeader';
import { errorText } from '../../api/errorText';
import { useWorkingYear } from '../../components/useWorkingYear';

export function TargetsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [year, setYear] = useWorkingYear();
  const { data, loading, reload: load } = useLoad(useCallback(() => call('targets:list', { year }), [year]), null as TargetList | null);
  const [editing, setEditing] = useState<{ open: boolean; target: TargetView | null }>({ open: false, target: null });
  const [typing, setTyping] = useState<TargetView | null>(null);

  const copy = async () => {
    try {
      const result = await call('targets:copyYear', { fromYear: year - 1, toYear: year });
      void message.success(t('statistics.targets.copied', result));
      await load();
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  const remove = async (target: TargetView) => {
    try {
      await call('targets:delete', { id: target.id });
      const { id: _id, position: _p, assigneeName: _a, metricLabel: _m, actual: _ac, source: _s, manualActual, manualBy: _b, manualAt: _at, percent: _pc, status: _st, ...draft } = target;
      const undo = async () => {
        const restored = await call('targets:save', { draft });
        if (manualActual !== null) await call('targets:setActual', { id: restored.id, value: manualActual });
        await load();
      };
      void message.success({
        content: (
          <span>
            {t('statistics.targets.deleted', { name: target.name })}{' '}
            <Button size="small" type="link" onClick={() => void undo()}>
              {t('statistics.targets.undo')}
            </Button>
          </span>
        ),
      });
      await load();
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  const targets = data?.targets ?? [];
  return (
    <Flex vertical gap={12}>
      <YearHeader title={t('statistics.targets.title', { year })} year={year} onYear={setYear} period={data?.period} onRefresh={() => void load()}>
        <Button icon={<CopyOutlined />} onClick={() => void copy()}>
          {t('statistics.targets.copy', { year: year - 1 })}
        </Button>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ open: true, target: null })}>
          {t('statistics.targets.add')}
        </Button>
      </YearHeader>
      {!loading && targets.length === 0 ? (
        <Empty description={t('statistics.targets.empty', { year })} />
      ) : (
        <TargetTable targets={targets} loading={loading} onEdit={(target) => setEditing({ open: true, target })} onType={setTyping} onDelete={(target) => void remove(target)} />
      )}
      <TargetDialog
        open={editing.open}
        year={year}
        target={editing.target}
        nextCode={nextTargetCode(targets.map((x) => x.code))}
        metrics={data?.metrics ?? []}
        onClose={() => setEditing({ open: false, target: null })}
        onSaved={() => {
          setEditing({ open: false, target: null });
          void load();
        }}
      />
      <ActualDialog
        target={typing}
        onClose={() => setTyping(null)}
        onSaved={() => {
          setTyping(null);
          void load();
        }}
      />
    </Flex>
  );
}
