import { useCallback } from 'react';
import { Button, Flex, Spin, Tabs } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { YearFigure } from '@shared/statistics/figures';
import type { ReportingPeriod } from '@shared/statistics/period';
import { call } from '../../api/client';
import { useLoad } from '../../components/useLoad';
import { usePrintDocument } from '../../components/usePrintDocument';
import { CareTab } from './CareTab';
import { FiguresTable } from './FiguresTable';
import { YearHeader } from './YearHeader';
import { useWorkingYear } from '../../components/useWorkingYear';

const SECTIONS = ['organization', 'members', 'representation', 'emulation', 'awards', 'care'];

export function StatisticsPage() {
  const { t } = useTranslation();
  const [year, setYear] = useWorkingYear();
  const printDocument = usePrintDocument();
  const { data, loading, reload: load } = useLoad(
    useCallback(() => call('statistics:year', { year }), [year]),
    null as { period: ReportingPeriod; figures: YearFigure[] } | null,
  );

  const print = () => printDocument(`print/statistics-year?year=${year}`);

  const figures = data?.figures ?? [];
  return (
    <Flex vertical gap={12}>
      <YearHeader title={t('nav.statistics')} year={year} onYear={setYear} period={data?.period} onRefresh={() => void load()}>
        <Button icon={<PrinterOutlined />} onClick={() => void print()}>
          {t('statistics.print.button')}
        </Button>
      </YearHeader>
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
