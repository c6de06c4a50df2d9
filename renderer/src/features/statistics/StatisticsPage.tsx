import { useCallback, useEffect, useState } from 'react';
import { App, Button, Flex, InputNumber, Spin, Tabs, Typography } from 'antd';
import { PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateVi } from '@shared/domain/format/date';
import type { YearFigure } from '@shared/statistics/figures';
import type { ReportingPeriod } from '@shared/statistics/period';
import { call } from '../../api/client';
import { isDesktop } from '../../api/files';
import { CareTab } from './CareTab';
import { FiguresTable } from './FiguresTable';
import { errorText, useStatisticsYear } from './useStatisticsYear';

const SECTIONS = ['organization', 'members', 'representation', 'emulation', 'awards', 'care'];

export function StatisticsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [year, setYear] = useStatisticsYear();
  const [data, setData] = useState<{ period: ReportingPeriod; figures: YearFigure[] } | null>(null);
  const [loading, setLoading] = useState(true);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setData(await call('statistics:year', { year }));
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setLoading(false);
    }
  }, [year, message]);
  useEffect(() => void load(), [load]);

  const print = async () => {
    const route = `print/statistics-year?year=${year}`;
    if (!isDesktop()) {
      window.location.hash = `#/${route}`;
      return;
    }
    try {
      await call('print:document', { route, mode: 'printer' });
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  const figures = data?.figures ?? [];
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex align="center" gap={12}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('nav.statistics')}
          </Typography.Title>
          <InputNumber aria-label={t('statistics.year')} min={1990} max={2100} value={year} onChange={(v) => v && setYear(v)} style={{ width: 90 }} />
          {data && <Typography.Text type="secondary">{t('statistics.period', { from: formatDateVi(data.period.from), to: formatDateVi(data.period.to) })}</Typography.Text>}
        </Flex>
        <Flex gap={8}>
          <Button icon={<ReloadOutlined />} onClick={() => void load()}>
            {t('statistics.refresh')}
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => void print()}>
            {t('statistics.print.button')}
          </Button>
        </Flex>
      </Flex>
      <Tabs
        items={[
          {
            key: 'figures',
            label: t('statistics.figures.tab'),
            children: (
              <Spin spinning={loading}>
                <Flex vertical gap={8}>
                  {SECTIONS.map((section) => {
                    const rows = figures.filter((figure) => figure.section === section);
                    return rows.length === 0 ? null : <FiguresTable key={section} section={section} figures={rows} year={year} />;
                  })}
                </Flex>
              </Spin>
            ),
          },
          { key: 'care', label: t('statistics.care.tab'), children: <CareTab year={year} onChanged={() => void load()} /> },
        ]}
      />
    </Flex>
  );
}
