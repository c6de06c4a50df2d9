import type { ElectronApplication } from '@playwright/test';
import type { Result } from '../../shared/ipc/result';
import type { DesktopHost } from '../electron/desktop/mainAssertions';
import type { HostState, WindowState } from '../electron/desktop/mainProcess';

/*
 * DesktopHost over a real Electron app launched by Playwright: every answer comes from the running
 * main process (Playwright's electronApp.evaluate). The main process is observed, never changed,
 * except that a print can be made to fail once (failNextPdf) and the documents folder is a test's.
 * Worker threads are known through tests/electron/desktop/standIn/recordWorkers.mjs, loaded with
 * NODE_OPTIONS=--import by the launcher.
 */

/** What the recorder installed in main keeps (on globalThis.__uniondeskRecorded). */
interface Recorded {
  windows: WindowState[];
  sent: { channel: string; payload: unknown }[];
  errorBoxes: { title: string; content: string }[];
}

const WEB_PREFERENCES = ['preload', 'contextIsolation', 'sandbox', 'nodeIntegration', 'webSecurity', 'allowRunningInsecureContent', 'spellcheck'];

export class ElectronHost implements DesktopHost {
  private delivered = 0;
  private readonly listeners: ((channel: string, payload: unknown) => void)[] = [];
  private readonly timer: NodeJS.Timeout;

  private constructor(private readonly electronApp: ElectronApplication) {
    this.timer = setInterval(() => void this.deliver(), 50);
  }

  /** Installs the recorder in main (windows, their loads and messages, error boxes) and points `documents` at `documentsDir`. */
  static async attach(electronApp: ElectronApplication, documentsDir: string): Promise<ElectronHost> {
    await electronApp.evaluate(
      ({ app, BrowserWindow, dialog }, { documents, keys }) => {
        const recorded: Recorded = { windows: [], sent: [], errorBoxes: [] };
        app.setPath('documents', documents);
        const track = (window: Electron.BrowserWindow, existing: boolean) => {
          const contents = window.webContents;
          // Undocumented but kept by Electron (no public getter of a window's webPreferences exists).
          const preferences = (contents as unknown as { getLastWebPreferences?(): Record<string, unknown> | null }).getLastWebPreferences?.() ?? null;
          const entry: WindowState = {
            id: window.id,
            options: { show: window.isVisible(), webPreferences: Object.fromEntries(keys.map((key) => [key, preferences?.[key]])) },
            url: contents.getURL() || undefined,
            destroyed: false,
            visible: window.isVisible(),
            hasWindowOpenHandler: false,
            reloads: existing ? 0 : -1,
          };
          recorded.windows.push(entry);
          contents.on('did-navigate', (_event, url) => (entry.url = url));
          contents.on('did-navigate-in-page', (_event, url) => (entry.url = url));
          contents.on('did-finish-load', () => (entry.reloads += 1));
          window.on('show', () => (entry.visible = true));
          window.on('hide', () => (entry.visible = false));
          window.on('closed', () => (entry.destroyed = true));
          const send = contents.send.bind(contents);
          contents.send = (channel: string, ...args: unknown[]) => {
            recorded.sent.push({ channel, payload: args[0] });
            send(channel, ...args);
          };
        };
        for (const window of BrowserWindow.getAllWindows()) track(window, true);
        app.on('browser-window-created', (_event, window) => track(window, false));
        const showErrorBox = dialog.showErrorBox.bind(dialog);
        dialog.showErrorBox = (title, content) => {
          recorded.errorBoxes.push({ title, content });
          showErrorBox(title, content);
        };
        (globalThis as { __uniondeskRecorded?: Recorded }).__uniondeskRecorded = recorded;
      },
      { documents: documentsDir, keys: WEB_PREFERENCES },
    );
    return new ElectronHost(electronApp);
  }

  detach(): void {
    clearInterval(this.timer);
  }

  private async deliver(): Promise<void> {
    const from = this.delivered;
    const sent = await this.electronApp
      .evaluate((_electron, start) => ((globalThis as { __uniondeskRecorded?: Recorded }).__uniondeskRecorded?.sent ?? []).slice(start), from)
      .catch(() => []);
    if (this.delivered !== from) return;
    this.delivered += sent.length;
    for (const { channel, payload } of sent) for (const listener of this.listeners) listener(channel, payload);
  }

  state(): Promise<HostState> {
    return this.electronApp.evaluate(({ BrowserWindow, ipcMain, Menu }) => {
      const recorded = (globalThis as { __uniondeskRecorded?: Recorded }).__uniondeskRecorded;
      const workers = (globalThis as { __uniondeskWorkers?: { file: string; worker: { threadId: number } }[] }).__uniondeskWorkers ?? [];
      const handlers = (ipcMain as unknown as { _invokeHandlers?: Map<string, unknown> })._invokeHandlers;
      const windows = (recorded?.windows ?? []).map((entry) => {
        const window = BrowserWindow.fromId(entry.id);
        const opener = window && !window.isDestroyed() ? (window.webContents as unknown as { _windowOpenHandler?: unknown })._windowOpenHandler : undefined;
        return { ...entry, reloads: Math.max(entry.reloads, 0), hasWindowOpenHandler: typeof opener === 'function' };
      });
      return {
        windows,
        channels: [...(handlers?.keys() ?? [])],
        workers: workers.map((w) => ({ file: w.file, threadId: w.worker.threadId })),
        menu: Menu.getApplicationMenu(),
        errorBoxes: recorded?.errorBoxes ?? [],
        resourcesPath: process.resourcesPath ?? null,
      };
    });
  }

  async until(check: (state: HostState) => boolean, what: string, timeoutMs = 30_000): Promise<HostState> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const state = await this.state();
      if (check(state)) return state;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** A call as the preload makes it, from a frame at `url` (null: no frame), through main's registered handler. */
  invoke(url: string | null, channel: string, input: unknown): Promise<Result<unknown>> {
    return this.electronApp.evaluate(
      async ({ BrowserWindow, ipcMain }, call) => {
        const handlers = (ipcMain as unknown as { _invokeHandlers: Map<string, (event: unknown, input: unknown) => Promise<Result<unknown>>> })._invokeHandlers;
        const handler = handlers.get(call.channel);
        if (!handler) throw new Error(`no handler for ${call.channel}`);
        const sender = BrowserWindow.getAllWindows()[0]?.webContents;
        return handler({ sender, senderFrame: call.url === null ? null : { url: call.url }, frameId: 1, processId: 1 }, call.input);
      },
      { url, channel, input },
    );
  }

  /** The page itself asks for a new window; 'deny' when none appears. */
  windowOpen(windowId: number, url: string): Promise<{ action: string }> {
    return this.electronApp.evaluate(
      async ({ BrowserWindow }, { id, target }) => {
        const before = BrowserWindow.getAllWindows().length;
        await BrowserWindow.fromId(id)?.webContents.executeJavaScript(`void window.open(${JSON.stringify(target)})`, true);
        await new Promise((resolve) => setTimeout(resolve, 500));
        return { action: BrowserWindow.getAllWindows().length > before ? 'allow' : 'deny' };
      },
      { id: windowId, target: url },
    );
  }

  /** The page itself goes to `url`; prevented when it is still where it was. */
  navigate(windowId: number, url: string): Promise<{ prevented: boolean }> {
    return this.electronApp.evaluate(
      async ({ BrowserWindow }, { id, target }) => {
        const contents = BrowserWindow.fromId(id)?.webContents;
        if (!contents) throw new Error(`no window ${id}`);
        await contents.executeJavaScript(`location.href = ${JSON.stringify(target)}`, true);
        await new Promise((resolve) => setTimeout(resolve, 500));
        return { prevented: contents.getURL() !== target };
      },
      { id: windowId, target: url },
    );
  }

  /** A request through the app's session: cancelled when the session blocks it. */
  webRequest(url: string): Promise<{ cancel: boolean }> {
    return this.electronApp.evaluate(async ({ session }, target) => {
      try {
        await session.defaultSession.fetch(target);
        return { cancel: false };
      } catch (error) {
        return { cancel: String(error).includes('ERR_BLOCKED_BY_CLIENT') };
      }
    }, url);
  }

  /** The headers the session gives the app's own page. */
  headers(): Promise<{ responseHeaders: Record<string, string[]> }> {
    return this.electronApp.evaluate(async ({ BrowserWindow, session }) => {
      const url = BrowserWindow.getAllWindows()[0]?.webContents.getURL() ?? '';
      const response = await session.defaultSession.fetch(url);
      const csp = response.headers.get('content-security-policy');
      const responseHeaders: Record<string, string[]> = {};
      if (csp !== null) responseHeaders['Content-Security-Policy'] = [csp];
      return { responseHeaders };
    });
  }

  /** Whether the page is granted a permission it asks for (notifications). */
  permission(): Promise<boolean> {
    return this.electronApp.evaluate(async ({ BrowserWindow }) => {
      const answer: unknown = await BrowserWindow.getAllWindows()[0]?.webContents.executeJavaScript('Notification.requestPermission()', true);
      return answer === 'granted';
    });
  }

  /** The next printToPDF of any window fails (once). */
  async failNextPdf(): Promise<void> {
    await this.electronApp.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents;
      if (!contents) return;
      const prototype = Object.getPrototypeOf(contents) as { printToPDF: (...args: unknown[]) => Promise<Buffer> };
      const original = prototype.printToPDF;
      prototype.printToPDF = function failOnce() {
        prototype.printToPDF = original;
        return Promise.reject(new Error('test: printing failed'));
      };
    });
  }

  async crashRenderer(windowId: number): Promise<void> {
    await this.electronApp.evaluate(({ BrowserWindow }, id) => BrowserWindow.fromId(id)?.webContents.forcefullyCrashRenderer(), windowId);
  }

  killWorker(): Promise<unknown> {
    return this.electronApp.evaluate(async () => {
      const workers = (globalThis as { __uniondeskWorkers?: { worker: { threadId: number; terminate(): Promise<number> } }[] }).__uniondeskWorkers ?? [];
      return workers.filter((w) => w.worker.threadId !== -1).at(-1)?.worker.terminate();
    });
  }

  onSent(listener: (channel: string, payload: unknown) => void): void {
    this.listeners.push(listener);
  }
}
