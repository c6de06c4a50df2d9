// A stand-in for Electron's API, enough to run the built main process (out/main/index.js) in plain
// Node. The test drives it over the fork IPC channel: see ./protocol.ts for the messages.
// printToPDF is real: the window's page is opened in the system Chromium through playwright-core.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';

const env = process.env;
const send = (message) => process.send?.(message);

// --- app -------------------------------------------------------------------------------------
const appEvents = new EventEmitter();
let quitting = false;
let lockFile;
export const app = {
  isPackaged: env.UD_PACKAGED === '1',
  on: (event, listener) => (appEvents.on(event, listener), app),
  once: (event, listener) => (appEvents.once(event, listener), app),
  whenReady: () =>
    new Promise((resolve) => {
      setTimeout(() => {
        if (quitting) return;
        appEvents.emit('ready');
        resolve();
      }, 20);
    }),
  getPath: (name) => {
    const paths = { userData: env.UD_USER_DATA, documents: env.UD_DOCUMENTS, temp: env.UD_DOCUMENTS };
    if (!paths[name]) throw new Error(`stand-in app.getPath: no path for ${name}`);
    return paths[name];
  },
  getAppPath: () => env.UD_APP_PATH,
  getVersion: () => JSON.parse(fs.readFileSync(path.join(env.UD_APP_PATH, 'package.json'), 'utf8')).version,
  /** A real lock: an exclusive file in userData, as Electron's lock is per user-data folder. */
  requestSingleInstanceLock: () => {
    const file = path.join(env.UD_USER_DATA, 'SingletonLock.standin');
    fs.mkdirSync(env.UD_USER_DATA, { recursive: true });
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      lockFile = file;
      return true;
    } catch {
      send({ type: 'lockRefused' });
      return false;
    }
  },
  emit: (event, ...args) => appEvents.emit(event, ...args),
  quit: () => {
    quitting = true;
    send({ type: 'quit' });
    setTimeout(() => process.exit(0), 50);
  },
  exit: (code = 0) => {
    send({ type: 'exit', code });
    setTimeout(() => process.exit(code), 50);
  },
};
process.on('exit', () => lockFile && fs.rmSync(lockFile, { force: true }));
if (app.isPackaged) process.resourcesPath = env.UD_RESOURCES_PATH;

// --- Chromium for print windows --------------------------------------------------------------
let browser;
async function chromiumPage(window) {
  if (!browser) {
    const { chromium } = await import('playwright-core');
    browser = chromium.launch({
      executablePath: env.UD_CHROMIUM || '/usr/bin/chromium',
      // Electron loads the renderer's module scripts from file://; Chromium needs this to do the same.
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--allow-file-access-from-files'],
    });
  }
  const context = await (await browser).newContext({ viewport: { width: window.options.width ?? 800, height: window.options.height ?? 600 } });
  const page = await context.newPage();
  // The preload's window.api: one call per channel, each an ipcMain invoke from this frame.
  await page.exposeBinding('__uniondeskInvoke', (source, channel, input) => ipcMain.invokeFrom(source.frame.url(), channel, input));
  await page.addInitScript(() => {
    const calls = new Proxy({}, { get: (_target, channel) => (input) => globalThis.__uniondeskInvoke(channel, input) });
    const events = new Proxy({}, { get: () => () => () => undefined });
    Object.defineProperty(window, 'api', { value: { calls, events } });
  });
  page.on('pageerror', (error) => send({ type: 'log', text: `page error: ${error.message}` }));
  return page;
}

// --- BrowserWindow ---------------------------------------------------------------------------
const windows = [];
let nextWindowId = 1;
let failNextPdf = false;

class WebContents extends EventEmitter {
  constructor(window) {
    super();
    this.window = window;
    this.sent = [];
    this.windowOpenHandler = undefined;
  }
  send(channel, payload) {
    this.sent.push({ channel, payload });
    send({ type: 'sent', windowId: this.window.id, channel, payload });
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  async page() {
    this.pagePromise ??= chromiumPage(this.window).then(async (page) => {
      await page.goto(this.window.url);
      return page;
    });
    return this.pagePromise;
  }
  async executeJavaScript(code) {
    return (await this.page()).evaluate(code);
  }
  async printToPDF(options) {
    if (failNextPdf) {
      failNextPdf = false;
      throw new Error('stand-in: printing failed');
    }
    const page = await this.page();
    const margins = options.margins ? Object.fromEntries(Object.entries(options.margins).map(([k, v]) => [k, `${v}in`])) : undefined;
    return page.pdf({ preferCSSPageSize: options.preferCSSPageSize, printBackground: options.printBackground, landscape: options.landscape, margin: margins, format: 'A4' });
  }
  reload() {
    this.reloads = (this.reloads ?? 0) + 1;
  }
  print(_options, callback) {
    callback(false, 'stand-in has no printer');
  }
}

export class BrowserWindow extends EventEmitter {
  constructor(options = {}) {
    super();
    this.id = nextWindowId++;
    this.options = options;
    this.url = undefined;
    this.destroyed = false;
    this.visible = false;
    this.webContents = new WebContents(this);
    windows.push(this);
    send({ type: 'window', id: this.id });
  }
  static getAllWindows() {
    return windows.filter((w) => !w.destroyed);
  }
  static getFocusedWindow() {
    return BrowserWindow.getAllWindows()[0] ?? null;
  }
  async loadURL(url) {
    this.url = url;
    setTimeout(() => this.emit('ready-to-show'), 10);
  }
  async loadFile(file) {
    return this.loadURL(new URL(`file://${path.resolve(file)}`).href);
  }
  show() {
    this.visible = true;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
    void this.webContents.pagePromise?.then((page) => page.context().close()).catch(() => undefined);
    this.emit('closed');
  }
}

// --- ipcMain, session, protocol, dialog, shell, Menu ---------------------------------------
const handlers = new Map();
export const ipcMain = {
  handle(channel, listener) {
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, listener);
  },
  removeHandler: (channel) => handlers.delete(channel),
  /** What the preload's ipcRenderer.invoke does: the handler sees the calling frame. */
  async invokeFrom(url, channel, input) {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame: url === null ? null : { url } }, input);
  },
};

const sessionHooks = {};
export const session = {
  defaultSession: {
    webRequest: {
      onBeforeRequest: (listener) => (sessionHooks.beforeRequest = listener),
      onHeadersReceived: (listener) => (sessionHooks.headersReceived = listener),
    },
    setPermissionRequestHandler: (handler) => (sessionHooks.permission = handler),
  },
};
export const protocol = { registerSchemesAsPrivileged: () => undefined, handle: () => undefined };
const recorded = { errorBoxes: [], shown: [], menu: 'unset', nextSave: undefined };
export const dialog = {
  showErrorBox: (title, content) => {
    recorded.errorBoxes.push({ title, content });
    send({ type: 'errorBox', title, content });
  },
  // The file the user picks next (set by the test's `chooseNext`), else a cancel.
  showSaveDialog: async () => {
    const filePath = recorded.nextSave;
    recorded.nextSave = undefined;
    return filePath ? { canceled: false, filePath } : { canceled: true };
  },
  showMessageBox: async () => ({ response: 0 }),
};
export const shell = { showItemInFolder: (file) => recorded.shown.push(file), openExternal: async () => undefined };
export const Menu = { setApplicationMenu: (menu) => (recorded.menu = menu) };

// --- the test's controls ---------------------------------------------------------------------
const callback = (hook, details) => new Promise((resolve) => hook(details, resolve));
const controls = {
  state: () => ({
    windows: windows.map((w) => ({ id: w.id, options: w.options, url: w.url, destroyed: w.destroyed, visible: w.visible, hasWindowOpenHandler: !!w.webContents.windowOpenHandler, reloads: w.webContents.reloads ?? 0 })),
    channels: [...handlers.keys()],
    workers: (globalThis.__uniondeskWorkers ?? []).map((w) => ({ file: w.file, threadId: w.worker.threadId })),
    menu: recorded.menu,
    errorBoxes: recorded.errorBoxes,
    resourcesPath: process.resourcesPath ?? null,
  }),
  invoke: ({ url, channel, input }) => ipcMain.invokeFrom(url, channel, input),
  windowOpen: ({ windowId, url }) => windows.find((w) => w.id === windowId).webContents.windowOpenHandler({ url }),
  navigate: ({ windowId, url }) => {
    let prevented = false;
    windows.find((w) => w.id === windowId).webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
    return { prevented };
  },
  request: async ({ url }) => callback(sessionHooks.beforeRequest, { url }),
  headers: async () => callback(sessionHooks.headersReceived, { responseHeaders: {} }),
  permission: async () => new Promise((resolve) => sessionHooks.permission(null, 'media', resolve)),
  failNextPdf: () => (failNextPdf = true),
  chooseNext: ({ file }) => void (recorded.nextSave = file),
  crashRenderer: ({ windowId }) => {
    const contents = windows.find((w) => w.id === windowId).webContents;
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    app.emit('render-process-gone', {}, contents, { reason: 'crashed', exitCode: 139 });
  },
  killWorker: async () => {
    const live = (globalThis.__uniondeskWorkers ?? []).filter((w) => w.worker.threadId !== -1);
    return live.at(-1)?.worker.terminate();
  },
  closeAll: async () => {
    for (const w of BrowserWindow.getAllWindows()) w.destroy();
    await (await browser)?.close();
    appEvents.emit('window-all-closed');
  },
};
process.on('message', async (message) => {
  try {
    const value = await controls[message.op](message);
    send({ type: 'reply', id: message.id, value: value ?? null });
  } catch (error) {
    send({ type: 'reply', id: message.id, error: String(error?.stack ?? error) });
  }
});

export default { app, BrowserWindow, ipcMain, session, protocol, dialog, shell, Menu };
