import type { ReactNode } from 'react';
import { Button, Flex, InputNumber, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateVi } from '@shared/domain/format/date';
import type { ReportingPeriod } from '@shared/statistics/period';

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
    <Flex justify="space-between" align="center" wrap gap={8}>
      <Flex align="center" gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <InputNumber aria-label={t('statistics.year')} min={1990} max={2100} value={year} onChange={(v) => v && onYear(v)} style={{ width: 90 }} />
        {period && <Typography.Text type="secondary">{t('statistics.period', { from: formatDateVi(period.from), to: formatDateVi(period.to) })}</Typography.Text>}
      </Flex>
      <Flex gap={8}>
        <Button icon={<ReloadOutlined />} onClick={onRefresh}>
          {t('statistics.refresh')}
        </Button>
        {children}
      </Flex>
    </Flex>
  );
}
