import { lazy, Suspense, useEffect } from 'react';
import { Alert, Spin } from 'antd';
import { useAppStore } from '../stores/appStore';
import { FirstRunPage } from '../features/setup/FirstRunPage';
import { PAGES, preloadScreen } from './pages';
import { Shell } from './Shell';
import { currentRoute, printRoute, useRoute } from './routes';
import { useBackendRestartNotice } from '../features/desktop/useBackendRestartNotice';
import { AppFrame } from './AppFrame';
import { renderRoot } from './renderRoot';

// A window opened on a print route starts with PrintApp (main.tsx); this one only serves a route changed to print.
const PrintPage = lazy(() => import('../print/PrintPage').then((m) => ({ default: m.PrintPage })));

preloadScreen(currentRoute());

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
  return (
    <AppFrame>
      <Screens />
    </AppFrame>
  );
}

export const startAppWindow = () => renderRoot(App);
