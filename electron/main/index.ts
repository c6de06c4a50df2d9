import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { connectBackend, type BackendClient } from './backendClient';
import { registerIpcHandlers } from './ipc';
import { resolveDataDir, resolveMigrationsDir, resolveResourcesDir, type PathInputs } from './paths';
import { hardenSession, isAppUrl } from './security';
import { appOrigin, createMainWindow, type RendererLocation } from './window';
import type { WorkerInit } from './workerProtocol';

const here = import.meta.dirname;
const location: RendererLocation = {
  rendererDir: path.join(here, '..', 'renderer'),
  devServerUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
};
const origin = appOrigin(location);
let backend: BackendClient | undefined;

if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows();
  if (window?.isMinimized()) window.restore();
  window?.focus();
});

async function startBackend(inputs: PathInputs): Promise<BackendClient> {
  const init: WorkerInit = {
    dataDir: resolveDataDir(inputs),
    migrationsDir: resolveMigrationsDir(inputs),
    resourcesDir: resolveResourcesDir(inputs),
    version: app.getVersion(),
  };
  const worker = new Worker(path.join(here, 'backendWorker.js'), { workerData: init });
  return connectBackend(worker, (name, payload) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(`event:${name}`, payload);
  });
}

app.whenReady().then(async () => {
  Menu.setApplicationMenu(null);
  hardenSession(session.defaultSession, origin, (url) => console.warn(`[security] blocked request to ${url}`));
  try {
    backend = await startBackend({
      isPackaged: app.isPackaged,
      userData: app.getPath('userData'),
      resourcesPath: process.resourcesPath,
      appPath: app.getAppPath(),
      env: process.env,
      argv: process.argv,
    });
  } catch (error) {
    dialog.showErrorBox('UnionDesk', (error as Error).message);
    app.exit(1);
    return;
  }
  const client = backend;
  registerIpcHandlers({ ipcMain, invoke: (channel, input) => client.invoke(channel, input), isTrustedUrl: (url) => isAppUrl(url, origin) });
  createMainWindow(location, path.join(here, '..', 'preload', 'index.cjs'));
});

app.on('window-all-closed', () => {
  void (backend?.close() ?? Promise.resolve()).finally(() => app.quit());
});
