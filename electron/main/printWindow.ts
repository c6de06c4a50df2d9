import { BrowserWindow } from 'electron';
import { hardenWebContents, secureWebPreferences, type AppOrigin } from './security';
import type { PrintWindow } from './printJob';

/** A hidden, sandboxed window on our own renderer, for one print job. */
export function createPrintWindow(preload: string, origin: AppOrigin): PrintWindow {
  const window = new BrowserWindow({ show: false, width: 1123, height: 794, webPreferences: secureWebPreferences(preload) });
  hardenWebContents(window.webContents, origin);
  return {
    loadURL: (url) => window.loadURL(url),
    isPrintReady: async () => (await window.webContents.executeJavaScript('document.documentElement.dataset.printReady === "true"')) === true,
    printToPDF: async (options) => new Uint8Array(await window.webContents.printToPDF(options)),
    print: (options) =>
      new Promise((resolve) => {
        window.webContents.print(options, (success) => resolve(success));
      }),
    destroy: () => {
      if (!window.isDestroyed()) window.destroy();
    },
  };
}

