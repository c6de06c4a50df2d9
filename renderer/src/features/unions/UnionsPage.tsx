import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function UnionsPage() {
  const { t } = useTranslation();
  return <Typography.Title level={4}>{t('unions.title')}</Typography.Title>;
}
