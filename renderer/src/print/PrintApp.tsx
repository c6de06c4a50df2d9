import { Alert } from 'antd';
import { useAppStore } from '../stores/appStore';
import { printRoute } from '../app/routes';
import { AppFrame } from '../app/AppFrame';
import { renderRoot } from '../app/renderRoot';
import { PrintPage } from './PrintPage';

/** A window opened on a print route: the office's settings, then the document; no shell, no screens. */
export function PrintApp() {
  const { info, loadError } = useAppStore();
  const print = printRoute();
  return (
    <AppFrame>
      {loadError ? <Alert type="error" message={loadError} style={{ margin: 24 }} /> : info && print && <PrintPage name={print.name} params={print.params} />}
    </AppFrame>
  );
}

export const startPrintWindow = () => renderRoot(PrintApp);
