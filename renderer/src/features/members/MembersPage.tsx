import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function MembersPage() {
  const { t } = useTranslation();
  return <Typography.Title level={4}>{t('members.title')}</Typography.Title>;
}
