import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, _electron, type ElectronApplication, type Page } from '@playwright/test';
import type { Channel, Input, Output } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { startPreviewServer, type PreviewServer } from '../../electron/backend/hosts/preview/server';
import { withGrantedTarget } from '../../electron/backend/files/targets';
import { ELECTRON_SKIP_REASON, ROOT, findElectronBinary } from './electron';

export { ROOT };

export type Host = 'web' | 'electron';

/** One running UnionDesk on a fresh data directory, as a test sees it. */
export interface UnionDeskApp {
  readonly host: Host;
  /** The app's window; a new Page after reload() in Electron. */
  readonly page: Page;
  readonly dataDir: string;
  /** The address the app was opened at: the preview URL, or the renderer's file:// URL. */
  readonly url: string;
  /** The app's own origin: the preview's http://127.0.0.1:PORT, or 'file://' in Electron. */
  readonly origin: string;
  /** The in-process preview server (web only). */
  readonly server: PreviewServer | null;
  /** Every URL the app's page(s) requested, in order, across reloads. */
  readonly requests: string[];
  /** Console errors (CSP violations among them) and uncaught exceptions of the page(s). */
  readonly errors: string[];
  /** Reloads the page (web) or quits and relaunches the app on the same data dir (electron). */
  reload(): Promise<void>;
  /** Calls the real backend directly (not through the UI) and unwraps the result. */
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
}

/** The origin of a URL, with every file:// URL counted as one origin. */
export function originOf(url: string): string {
  if (url.startsWith('file:')) return 'file://';
  return new URL(url).origin;
}

function unwrap<T>(channel: string, result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function makeTempDirs(): Promise<{ base: string; dataDir: string }> {
  const base = await fs.mkdtemp(path.join(os.tmpdir(), 'uniondesk-e2e-'));
  const dataDir = path.join(base, 'data');
  await fs.mkdir(dataDir);
  return { base, dataDir };
}

async function removeDir(dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}

interface Fixtures {
  /** Skips the electron project before anything is launched when there is no Electron binary. */
  hostGate: Host;
  app: UnionDeskApp;
}

export const test = base.extend<Fixtures>({
  hostGate: [
    // Playwright requires the first argument to be a destructuring pattern, even an empty one.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, testInfo) => {
      const host: Host = testInfo.project.name === 'electron' ? 'electron' : 'web';
      if (host === 'electron' && !(await findElectronBinary())) test.skip(true, ELECTRON_SKIP_REASON);
      await use(host);
    },
    { auto: true },
  ],

  // `page` is Playwright's own page (config: system Chromium, 1366×860, vi-VN), used by the web
  // host; the electron project never gets here without a binary (hostGate skips first).
  app: async ({ hostGate: host, page: browserPage }, use, testInfo) => {
    const { base: tempDir, dataDir } = await makeTempDirs();
    const requests: string[] = [];
    const errors: string[] = [];
    const record = (page: Page) => {
      page.on('request', (request) => requests.push(request.url()));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    };

    if (host === 'web') {
      const server = await startPreviewServer({ dataDir, staticDir: path.resolve(ROOT, process.env.UNIONDESK_OUT_DIR ?? 'out', 'renderer'), port: 0, version: '0.0.0-e2e' });
      try {
        record(browserPage);
        await browserPage.goto(server.url);
        await use({
          host,
          page: browserPage,
          dataDir,
          url: server.url,
          origin: originOf(server.url),
          server,
          requests,
          errors,
          reload: async () => {
            await browserPage.reload();
          },
          // A `target` path is granted first, as the CLI does: the backend writes only to chosen files.
          call: async (channel, input) => unwrap(channel, await server.backend.invoke(channel, withGrantedTarget(input))),
        });
      } finally {
        // The page stays open: Playwright screenshots it on failure and closes it itself.
        await server.close();
        await removeDir(tempDir);
      }
      return;
    }

    // Electron: `electron .` from the project root (package.json "main" is out/main/index.js), so
    // app.getAppPath() is the project root, as with `electron-vite preview`.
    const executablePath = (await findElectronBinary())!;
    const profileDir = path.join(tempDir, 'profile');
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RENDERER_URL') env[key] = value;
    const args = [
      '.',
      `--data-dir=${dataDir}`,
      // Own userData per test: the single-instance lock would otherwise stop a second worker's app.
      `--user-data-dir=${profileDir}`,
      ...(process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ];
    let electronApp: ElectronApplication | undefined;
    let mainWindow: Page | undefined;
    const launch = async () => {
      electronApp = await _electron.launch({ executablePath, args, cwd: ROOT, env });
      mainWindow = await electronApp.firstWindow();
      record(mainWindow);
      await mainWindow.waitForLoadState('domcontentloaded');
    };
    try {
      await launch();
      await use({
        host,
        get page() {
          return mainWindow!;
        },
        dataDir,
        get url() {
          return mainWindow!.url();
        },
        origin: 'file://',
        server: null,
        requests,
        errors,
        reload: async () => {
          await electronApp?.close();
          await launch();
        },
        call: async (channel, input) =>
          unwrap(
            channel,
            await mainWindow!.evaluate(
              ([name, value]) =>
                (window as unknown as { api: { calls: Record<string, (input: unknown) => Promise<Result<unknown>>> } }).api.calls[name]!(value),
              [channel, input] as const,
            ),
          ),
      });
    } finally {
      if (mainWindow && testInfo.status !== testInfo.expectedStatus) {
        const file = testInfo.outputPath('electron-failure.png');
        await mainWindow.screenshot({ path: file }).then(
          () => testInfo.attachments.push({ name: 'screenshot', path: file, contentType: 'image/png' }),
          () => undefined,
        );
      }
      await electronApp?.close();
      await removeDir(tempDir);
    }
  },
});

export { expect };
