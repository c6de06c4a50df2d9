import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@shared/i18n/locale';
import { useAppStore } from '../stores/appStore';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const setLanguage = useAppStore((state) => state.setLanguage);
  return (
    <Segmented<Locale>
      aria-label={t('app.language')}
      size="small"
      value={i18n.language as Locale}
      options={[
        { label: 'Tiếng Việt', value: 'vi' },
        { label: 'English', value: 'en' },
      ]}
      onChange={(locale) => void setLanguage(locale)}
    />
  );
}
