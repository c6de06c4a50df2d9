import { useEffect } from 'react';

/**
 * Tells whoever prints (Electron's hidden window, Playwright, the user's Print button) that the
 * data is in and the fonts are loaded: <html data-print-ready="true">.
 */
export function usePrintReady(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    void document.fonts.ready.then(() => {
      if (!cancelled) document.documentElement.dataset.printReady = 'true';
    });
    return () => {
      cancelled = true;
      delete document.documentElement.dataset.printReady;
    };
  }, [ready]);
}
