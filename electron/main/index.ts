import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { connectBackend, type BackendClient } from './backendClient';
import { superviseBackend } from './backendSupervisor';
import { fileChannelInvoker } from './fileChannels';
import { registerIpcHandlers } from './ipc';
import { resolveDataDir, resolveMigrationsDir, resolveResourcesDir, type PathInputs } from './paths';
import { hardenSession, isAppUrl } from './security';
import { appOrigin, createMainWindow, type RendererLocation } from './window';
import { createPrintWindow } from './printWindow';
import { writeFileAtomic } from '../backend/paths/dataDir';
import type { WorkerInit } from './workerProtocol';
import type { EventMap, EventName } from '../../shared/ipc/events';

const here = import.meta.dirname;
const location: RendererLocation = {
  rendererDir: path.join(here, '..', 'renderer'),
  devServerUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
};
const origin = appOrigin(location);
const preload = path.join(here, '..', 'preload', 'index.cjs');
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
  const broadcast = <E extends EventName>(name: E, payload: EventMap[E]) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(`event:${name}`, payload);
  };
  return superviseBackend({
    start: (onExit) => connectBackend(new Worker(path.join(here, 'backendWorker.js'), { workerData: init }), broadcast, { onUnexpectedExit: onExit }),
    onRestarted: (restarts) => broadcast('backend', { state: 'restarted', restarts }),
    onGaveUp: (error) => dialog.showErrorBox('UnionDesk', error.message),
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
  const invoke = fileChannelInvoker(
    {
      showSaveDialog: (options) => {
        const window = BrowserWindow.getFocusedWindow();
        return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
      },
      showItemInFolder: (file) => shell.showItemInFolder(file),
      documentsDir: app.getPath('documents'),
    },
    (channel, input) => client.invoke(channel, input),
    {
      createWindow: () => createPrintWindow(preload, origin),
      appUrl: (route) => (location.devServerUrl ? `${location.devServerUrl}#/${route}` : `${pathToFileURL(path.join(location.rendererDir, 'index.html')).href}#/${route}`),
      writeFile: writeFileAtomic,
      defaultPdfPath: (route) => path.join(app.getPath('documents'), `UnionDesk-${route.split(/[/?]/)[1] ?? 'in'}-${Date.now()}.pdf`),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    },
  );
  registerIpcHandlers({ ipcMain, invoke, isTrustedUrl: (url) => isAppUrl(url, origin) });
  createMainWindow(location, preload);
});

app.on('window-all-closed', () => {
  void (backend?.close() ?? Promise.resolve()).finally(() => app.quit());
});
