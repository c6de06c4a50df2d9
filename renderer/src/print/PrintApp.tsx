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

/** The printed faces (print.css's Tinos, with its Vietnamese letters): fetched while the document's data is asked. */
const PRINTED_FACES = ['400 16px Tinos', '700 16px Tinos', 'italic 400 16px Tinos', 'italic 700 16px Tinos'];
const PRINTED_LETTERS = 'Cộng hòa xã hội chủ nghĩa Việt Nam — Độc lập, Tự do, Hạnh phúc';

export function startPrintWindow(): Promise<void> {
  for (const face of PRINTED_FACES) document.fonts.load(face, PRINTED_LETTERS).catch(() => undefined); // the document's own text loads them anyway
  return renderRoot(PrintApp);
}
