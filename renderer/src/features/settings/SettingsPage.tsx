import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/appStore';
import { BaseSalaryTable } from './BaseSalaryTable';
import { DataCard } from './DataCard';
import { OfficeForm } from './OfficeForm';

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useAppStore((state) => state.settings);
  const info = useAppStore((state) => state.info);
  if (!settings || !info) return null;
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('settings.title')}
      </Typography.Title>
      <OfficeForm settings={settings} />
      <BaseSalaryTable />
      <DataCard info={info} />
    </Flex>
  );
}
