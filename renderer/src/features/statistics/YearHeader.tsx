import type { ReactNode } from 'react';
import { Button, InputNumber, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateVi } from '@shared/domain/format/date';
import type { ReportingPeriod } from '@shared/statistics/period';
import { PageHeader } from '../../components/PageHeader';

/** A statistics screen's heading: title, the year, its reporting period; "Làm mới" and then `children` on the right. */
export function YearHeader({
  title,
  year,
  onYear,
  period,
  onRefresh,
  children,
}: {
  title: string;
  year: number;
  onYear(year: number): void;
  period: ReportingPeriod | undefined;
  onRefresh(): void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <PageHeader
      title={title}
      beside={
        <>
          <InputNumber aria-label={t('statistics.year')} min={1990} max={2100} value={year} onChange={(v) => v && onYear(v)} style={{ width: 90 }} />
          {period && <Typography.Text type="secondary">{t('statistics.period', { from: formatDateVi(period.from), to: formatDateVi(period.to) })}</Typography.Text>}
        </>
      }
    >
      <Button icon={<ReloadOutlined />} onClick={onRefresh}>
        {t('statistics.refresh')}
      </Button>
      {children}
    </PageHeader>
  );
}
