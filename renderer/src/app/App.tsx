import { lazy, Suspense } from 'react';
import { Alert, Spin } from 'antd';
import { useAppStore } from '../stores/appStore';
import { PAGES, preloadScreen } from './pages';
import { Shell } from './Shell';
import { currentRoute, printRoute, useRoute } from './routes';
import { useBackendRestartNotice } from '../features/desktop/useBackendRestartNotice';
import { AppFrame } from './AppFrame';
import { renderRoot } from './renderRoot';

// A window opened on a print route starts with PrintApp (main.tsx); this one only serves a route changed to print.
const PrintPage = lazy(() => import('../print/PrintPage').then((m) => ({ default: m.PrintPage })));
// Only an office not yet set up sees it (with its forms and import): not loaded on every start.
const FirstRunPage = lazy(() => import('../features/setup/FirstRunPage').then((m) => ({ default: m.FirstRunPage })));

preloadScreen(currentRoute());

function Screens() {
  const route = useRoute();
  const { info, loadError } = useAppStore();
  useBackendRestartNotice();

  if (loadError) return <Alert type="error" message={loadError} style={{ margin: 24 }} />;
  if (!info) return <Spin style={{ display: 'block', marginTop: '30vh' }} />;
  if (!info.setupDone)
    return (
      <Suspense fallback={<Spin style={{ display: 'block', marginTop: '30vh' }} />}>
        <FirstRunPage />
      </Suspense>
    );
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
