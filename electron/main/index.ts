import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { connectBackend, type BackendClient } from './backendClient';
import { superviseBackend } from './backendSupervisor';
import { cliArguments } from './cliArguments';
import { fileChannelInvoker } from './fileChannels';
import { registerIpcHandlers } from './ipc';
import { resolveDataDir, resolveMigrationsDir, resolveResourcesDir, type PathInputs } from './paths';
import { hardenSession, isAppUrl } from './security';
import { slowCallMs, timeCalls } from './slowCalls';
import { appOrigin, createMainWindow, type RendererLocation } from './window';
import { createPrintWindow } from './printWindow';
import { writeFileAtomic } from '../backend/paths/dataDir';
import { openFieldLog, type FieldLog } from '../backend/diagnostics/log';
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

const pathInputs = (): PathInputs => ({
  isPackaged: app.isPackaged,
  userData: app.getPath('userData'),
  resourcesPath: process.resourcesPath,
  appPath: app.getAppPath(),
  env: process.env,
  argv: process.argv,
});

const broadcast = <E extends EventName>(name: E, payload: EventMap[E]) => {
  for (const window of BrowserWindow.getAllWindows()) window.webContents.send(`event:${name}`, payload);
};

function startBackend(inputs: PathInputs, log: FieldLog): Promise<BackendClient> {
  const init: WorkerInit = {
    dataDir: resolveDataDir(inputs),
    migrationsDir: resolveMigrationsDir(inputs),
    resourcesDir: resolveResourcesDir(inputs),
    version: app.getVersion(),
  };
  return superviseBackend({
    start: (onExit) => connectBackend(new Worker(path.join(here, 'backendWorker.js'), { workerData: init }), broadcast, { onUnexpectedExit: onExit }),
    onRestarted: (restarts) => {
      log.error(`backend worker stopped unexpectedly; restarted (${restarts})`);
      broadcast('backend', { state: 'restarted', restarts });
    },
    onGaveUp: (error) => {
      log.error('backend worker could not be restarted', error);
      dialog.showErrorBox('UnionDesk', error.message);
    },
  });
}

async function startDesktop(log: FieldLog): Promise<void> {
  const started = performance.now();
  const step = (what: string) => log.info(`startup: ${what} (${Math.round(performance.now() - started)} ms)`);
  Menu.setApplicationMenu(null);
  hardenSession(session.defaultSession, origin, (url) => log.error(`security: blocked request to ${url}`));
  const inputs = pathInputs();
  backend = await startBackend(inputs, log);
  step('backend ready');
  const client = backend;
  const invoke = fileChannelInvoker(
    {
      showSaveDialog: (options) => {
        const window = BrowserWindow.getFocusedWindow();
        return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
      },
      showOpenDialog: (options) => {
        const window = BrowserWindow.getFocusedWindow();
        return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
      },
      showItemInFolder: (file) => shell.showItemInFolder(file),
      documentsDir: app.getPath('documents'),
      dataDir: resolveDataDir(inputs),
    },
    (channel, input, grant) => client.invoke(channel, input, grant),
    {
      createWindow: () => createPrintWindow(preload, origin),
      appUrl: (route) => (location.devServerUrl ? `${location.devServerUrl}#/${route}` : `${pathToFileURL(path.join(location.rendererDir, 'index.html')).href}#/${route}`),
      writeFile: writeFileAtomic,
      defaultPdfPath: (route) => path.join(app.getPath('documents'), `UnionDesk-${route.split(/[/?]/)[1] ?? 'in'}-${Date.now()}.pdf`),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    },
  );
  const timed = timeCalls(invoke, (channel, ms, ok) => log.info(`slow call: ${channel} took ${ms} ms${ok ? '' : ' (failed)'}`), undefined, slowCallMs());
  registerIpcHandlers({ ipcMain, invoke: timed, isTrustedUrl: (url) => isAppUrl(url, origin) });
  step('channels registered');
  createMainWindow(location, preload);
  step('window created');
}

const cli = cliArguments(process.argv);
if (cli) {
  // Loaded only for the command line: the window's startup never pays for the CLI's modules.
  import('./cliMode').then(({ runPackagedCli }) => runPackagedCli(cli, pathInputs(), app.getVersion())).then(
    (code) => app.exit(code),
    () => app.exit(1),
  );
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const log = openFieldLog(resolveDataDir(pathInputs()));
  log.info(`UnionDesk ${app.getVersion()} starting (${process.platform}, Electron ${process.versions.electron ?? '-'})`);
  process.on('uncaughtException', (error) => log.error('uncaught exception in main', error));
  process.on('unhandledRejection', (reason) => log.error('unhandled rejection in main', reason));
  app.on('render-process-gone', (_event, _contents, details) => log.error(`renderer gone: ${details.reason} (exit ${details.exitCode})`));
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => {
    log.info('all windows closed; quitting');
    void (backend?.close() ?? Promise.resolve()).finally(() => app.quit());
  });
  app
    .whenReady()
    .then(() => startDesktop(log))
    .catch((error: unknown) => {
      log.error('startup failed', error);
      dialog.showErrorBox('UnionDesk', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
