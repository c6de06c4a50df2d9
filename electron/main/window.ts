import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';
import { hardenWebContents, secureWebPreferences, type AppOrigin } from './security';

export interface RendererLocation {
  rendererDir: string;
  devServerUrl?: string | undefined;
}

export function appOrigin({ rendererDir, devServerUrl }: RendererLocation): AppOrigin {
  return { rendererDirUrl: pathToFileURL(rendererDir + path.sep).href, devServerUrl };
}

export function createMainWindow(location: RendererLocation, preload: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'UnionDesk',
    backgroundColor: '#f5f5f5',
    webPreferences: secureWebPreferences(preload),
  });
  hardenWebContents(window.webContents, appOrigin(location));
  window.once('ready-to-show', () => window.show());
  // A crashed page would leave a dead window: load the app again (saved data is in the database).
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit' && !window.isDestroyed()) window.webContents.reload();
  });
  if (location.devServerUrl) void window.loadURL(location.devServerUrl);
  else void window.loadFile(path.join(location.rendererDir, 'index.html'));
  return window;
}
