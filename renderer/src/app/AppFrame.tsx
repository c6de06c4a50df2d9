import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider, theme } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../features/desktop/ErrorBoundary';

/** What every window draws in: the language, the theme, antd's messages and the error screen. */
export function AppFrame({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const isVi = i18n.language === 'vi';
  dayjs.locale(isVi ? 'vi' : 'en');
  return (
    <ConfigProvider
      locale={isVi ? viVN : enUS}
      theme={{ algorithm: [theme.defaultAlgorithm, theme.compactAlgorithm], token: { colorPrimary: '#c41d1d', fontSize: 14 } }}
    >
      <AntApp>
        <ErrorBoundary>{children}</ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}
