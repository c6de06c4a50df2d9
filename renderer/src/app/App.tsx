import { lazy, Suspense, useEffect } from 'react';
import { Alert, App as AntApp, ConfigProvider, Spin, theme } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../stores/appStore';
import { FirstRunPage } from '../features/setup/FirstRunPage';
import { PAGES } from './pages';
import { Shell } from './Shell';
import { printRoute, useRoute } from './routes';
import { useBackendRestartNotice } from '../features/desktop/useBackendRestartNotice';
import { ErrorBoundary } from '../features/desktop/ErrorBoundary';

// A print window loads the print documents only; the screens never load them.
const PrintPage = lazy(() => import('../print/PrintPage').then((m) => ({ default: m.PrintPage })));

function Screens() {
  const route = useRoute();
  const { info, loadError } = useAppStore();
  const load = useAppStore((state) => state.load);
  useEffect(() => void load(), [load]);
  useBackendRestartNotice();

  if (loadError) return <Alert type="error" message={loadError} style={{ margin: 24 }} />;
  if (!info) return <Spin style={{ display: 'block', marginTop: '30vh' }} />;
  if (!info.setupDone) return <FirstRunPage />;
  const print = printRoute();
  if (print)
    return (
      <Suspense fallback={null}>
        <PrintPage name={print.name} params={print.params} />
      </Suspense>
    );
  return <Shell route={route}>{PAGES[route]()}</Shell>;
}

export function App() {
  const { i18n } = useTranslation();
  const isVi = i18n.language === 'vi';
  dayjs.locale(isVi ? 'vi' : 'en');
  return (
    <ConfigProvider
      locale={isVi ? viVN : enUS}
      theme={{ algorithm: [theme.defaultAlgorithm, theme.compactAlgorithm], token: { colorPrimary: '#c41d1d', fontSize: 14 } }}
    >
      <AntApp>
        <ErrorBoundary>
          <Screens />
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}
