import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function ImportPage() {
  const { t } = useTranslation();
  return <Typography.Title level={4}>{t('exchange.title')}</Typography.Title>;
}
