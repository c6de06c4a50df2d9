import { useState } from 'react';
import { InputNumber, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isFormPeriod } from '@shared/grassrootsForms/period';
import { routeParams } from '../../app/routes';
import { useAppStore } from '../../stores/appStore';

/** The period shown: ?period= in the route, else 30/11 of the working year. */
export function useFormPeriod(): [string, (period: string) => void] {
  const working = useAppStore((s) => s.settings?.['office.workingYear']) ?? new Date().getFullYear();
  const fromRoute = routeParams().get('period') ?? '';
  return useState(isFormPeriod(fromRoute) ? fromRoute : `${working}-11-30`);
}

export function PeriodPicker({ period, onChange }: { period: string; onChange(period: string): void }) {
  const { t } = useTranslation();
  const year = Number(period.slice(0, 4));
  const day = period.slice(5);
  return (
    <Space>
      <Typography.Text>{t('forms.period')}</Typography.Text>
      <Select
        data-testid="forms-period-day"
        value={day}
        style={{ width: 130 }}
        onChange={(value) => onChange(`${year}-${value}`)}
        options={[
          { value: '05-31', label: t('forms.periodMay', { year }) },
          { value: '11-30', label: t('forms.periodNov', { year }) },
        ]}
      />
      <InputNumber aria-label={t('statistics.year')} value={year} min={2000} max={2100} onChange={(value) => value && onChange(`${value}-${day}`)} />
    </Space>
  );
}
