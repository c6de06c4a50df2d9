import { App, Segmented, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FiguresFrom, ReportState } from '@shared/reports/model';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';

/** "Số liệu: của đơn vị / tổng hợp từ cấp dưới": shown to an upper office whose year has packages from below. */
export function FiguresSourcePicker({ state, onChanged }: { state: ReportState; onChanged(state: ReportState): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const from = state.figuresFrom ?? 'own';
  const offices = state.rollupOffices ?? 0;
  if (offices === 0 && from === 'own') return null;
  const choose = async (value: FiguresFrom) => {
    try {
      onChanged(await call('reports:figuresFrom', { year: state.year, from: value }));
    } catch (error) {
      void message.error(errorText(error));
    }
  };
  return (
    <Space size={6}>
      <Typography.Text id="figures-from-label">{t('reports.figuresFrom.label')}</Typography.Text>
      <Segmented<FiguresFrom>
        aria-labelledby="figures-from-label"
        value={from}
        onChange={(value) => void choose(value)}
        options={[
          { value: 'own', label: t('reports.figuresFrom.own') },
          { value: 'rollup', label: t('reports.figuresFrom.rollup', { count: offices }), disabled: offices === 0 },
        ]}
      />
    </Space>
  );
}
