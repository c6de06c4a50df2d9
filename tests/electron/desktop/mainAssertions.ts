import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHANNELS } from '../../../shared/ipc/contract';
import { CONTENT_SECURITY_POLICY } from '../../../shared/ipc/csp';
import type { ProgressEvent } from '../../../shared/ipc/events';
import type { Result } from '../../../shared/ipc/result';
import { firstMinutes } from './backendScenario';
import type { HostState } from './mainProcess';

/*
 * What a user's first minutes depend on, checked against a running main process. Framework-free
 * (node:assert): the stand-in run (tests/electron/builtMain.test.ts) and a real Electron run drive
 * the same host interface.
 */
export interface DesktopHost {
  state(): Promise<HostState>;
  until(check: (state: HostState) => boolean, what: string, timeoutMs?: number): Promise<HostState>;
  invoke(url: string | null, channel: string, input: unknown): Promise<Result<unknown>>;
  windowOpen(windowId: number, url: string): Promise<{ action: string }>;
  navigate(windowId: number, url: string): Promise<{ prevented: boolean }>;
  webRequest(url: string): Promise<{ cancel: boolean }>;
  headers(): Promise<{ responseHeaders: Record<string, string[]> }>;
  permission(): Promise<boolean>;
  failNextPdf(): Promise<void>;
  crashRenderer(windowId: number): Promise<void>;
  killWorker(): Promise<unknown>;
  onSent(listener: (channel: string, payload: unknown) => void): void;
}

const live = (state: HostState) => state.windows.filter((w) => !w.destroyed);

/** Started: one window, secure, on our renderer; the session hardened; every channel registered. */
export async function expectSecureStart(host: DesktopHost, rendererDir: string): Promise<{ appUrl: string; windowId: number }> {
  const state = await host.until((s) => live(s).length === 1 && s.channels.length === CHANNELS.length, 'the main window and the IPC channels');
  const [window] = live(state);
  assert.ok(window);
  assert.deepEqual(
    { ...window.options.webPreferences, preload: undefined },
    { preload: undefined, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, allowRunningInsecureContent: false, spellcheck: false },
  );
  assert.ok(fs.existsSync(String(window.options.webPreferences?.preload)), 'the preload file exists');
  assert.equal(window.url, new URL(`file://${path.join(rendererDir, 'index.html')}`).href);
  assert.deepEqual([...state.channels].sort(), [...CHANNELS].sort());
  assert.equal(state.menu, null);
  assert.equal(window.hasWindowOpenHandler, true);
  assert.deepEqual(await host.windowOpen(window.id, 'https://example.com/'), { action: 'deny' });
  assert.deepEqual(await host.navigate(window.id, 'https://example.com/'), { prevented: true });
  assert.deepEqual(await host.navigate(window.id, `${window.url}#/members`), { prevented: false });
  assert.deepEqual(await host.webRequest('https://example.com/x.js'), { cancel: true });
  assert.deepEqual(await host.webRequest(new URL('assets/x.js', window.url).href), { cancel: false });
  assert.deepEqual((await host.headers()).responseHeaders['Content-Security-Policy'], [CONTENT_SECURITY_POLICY]);
  assert.equal(await host.permission(), false);
  return { appUrl: window.url!, windowId: window.id };
}

/** A call from a frame that is not our page is refused before it reaches the backend. */
export async function expectForeignFrameRefused(host: DesktopHost): Promise<void> {
  for (const url of ['https://example.com/', null]) {
    const result = await host.invoke(url, 'app:info', {});
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal(result.error.code, 'FORBIDDEN');
  }
}

/** Init, a small import with progress, a cancelled import and a search, through main to the worker. */
export async function expectRealCalls(host: DesktopHost, appUrl: string): Promise<void> {
  const listeners: ((event: ProgressEvent) => void)[] = [];
  host.onSent((channel, payload) => {
    if (channel === 'event:progress') listeners.forEach((listener) => listener(payload as ProgressEvent));
  });
  await firstMinutes({ invoke: (channel, input) => host.invoke(appUrl, channel, input), onProgress: (listener) => listeners.push(listener) });
}

/** A print job: its hidden window writes a PDF with the diacritics, and is gone afterwards, also when printing fails. */
export async function expectPrintJobs(host: DesktopHost, appUrl: string, outDir: string): Promise<void> {
  const target = path.join(outDir, 'danh-sach.pdf');
  const printed = await host.invoke(appUrl, 'print:document', { route: 'print/members?filter=%7B%7D', mode: 'pdf', target });
  assert.deepEqual(printed, { ok: true, value: { printed: true, file: target } });
  const text = execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' });
  assert.match(text, /DANH SÁCH ĐOÀN VIÊN/);
  assert.match(text, /Nguyễn/);
  const after = await host.state();
  assert.equal(after.windows.filter((w) => w.options.show === false && w.id !== after.windows[0]!.id).every((w) => w.destroyed), true);
  assert.ok(after.windows.some((w) => w.destroyed && w.url?.includes('#/print/members')), 'the print window loaded the print route');

  await host.failNextPdf();
  const failed = await host.invoke(appUrl, 'print:document', { route: 'print/members?filter=%7B%7D', mode: 'pdf', target: path.join(outDir, 'x.pdf') });
  assert.equal(failed.ok, false);
  assert.equal(fs.existsSync(path.join(outDir, 'x.pdf')), false);
  assert.equal(live(await host.state()).length, 1, 'only the main window is left');
}

/** The worker is killed: main starts a new one, tells the window, and calls work again. */
export async function expectWorkerRestart(host: DesktopHost, appUrl: string): Promise<void> {
  const before = (await host.state()).workers.filter((w) => w.threadId !== -1).length;
  const told: unknown[] = [];
  host.onSent((channel, payload) => channel === 'event:backend' && told.push(payload));
  await host.killWorker();
  await host.until((s) => s.workers.length > before, 'a new worker');
  const deadline = Date.now() + 20_000;
  while (told.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  assert.deepEqual(told, [{ state: 'restarted', restarts: 1 }]);
  const info = await host.invoke(appUrl, 'app:info', {});
  assert.equal(info.ok, true);
  if (info.ok) assert.equal((info.value as { setupDone: boolean }).setupDone, true);
}

/** A crashed page is loaded again instead of leaving a dead window, and the crash is logged. */
export async function expectRendererCrashReload(host: DesktopHost, windowId: number): Promise<void> {
  await host.crashRenderer(windowId);
  const state = await host.until((s) => s.windows.find((w) => w.id === windowId)!.reloads === 1, 'the crashed window reloaded');
  assert.equal(state.windows.find((w) => w.id === windowId)!.destroyed, false);
}

/** Where a run's files are: the renderer main loads, and a folder print jobs may write to. */
export interface FirstMinutesPaths {
  rendererDir: string;
  outDir: string;
}

/** One check of the list, with what it needs from the checks before it. */
export interface FirstMinutesCheck {
  name: string;
  run(host: DesktopHost, paths: FirstMinutesPaths, started: { appUrl: string; windowId: number }): Promise<void>;
}

/**
 * The checks after a secure start, in order. The stand-in test (tests/electron/builtMain.test.ts)
 * and the real Electron run (tests/e2e/desktopMain.spec.ts) both go through runFirstMinutes.
 */
export const FIRST_MINUTES: readonly FirstMinutesCheck[] = [
  { name: 'a foreign frame is refused', run: (host) => expectForeignFrameRefused(host) },
  { name: 'real calls reach the worker (init, import with progress, cancel, search)', run: (host, _paths, { appUrl }) => expectRealCalls(host, appUrl) },
  { name: 'print jobs write a PDF and close their window, also when printing fails', run: (host, { outDir }, { appUrl }) => expectPrintJobs(host, appUrl, outDir) },
  { name: 'a killed worker is restarted and the window told', run: (host, _paths, { appUrl }) => expectWorkerRestart(host, appUrl) },
  { name: 'a crashed page is loaded again', run: (host, _paths, { windowId }) => expectRendererCrashReload(host, windowId) },
];

export interface FirstMinutesHooks {
  /** Runs once the window is up (the stand-in test starts a second instance here). */
  afterStart?: () => Promise<void>;
  /** Hears each check's name as it starts. */
  onCheck?: (name: string) => void;
}

/** A secure start, then every check of FIRST_MINUTES in order. */
export async function runFirstMinutes(host: DesktopHost, paths: FirstMinutesPaths, hooks: FirstMinutesHooks = {}): Promise<{ appUrl: string; windowId: number }> {
  hooks.onCheck?.('a secure start: one window, hardened session, every channel registered');
  const started = await expectSecureStart(host, paths.rendererDir);
  await hooks.afterStart?.();
  for (const check of FIRST_MINUTES) {
    hooks.onCheck?.(check.name);
    await check.run(host, paths, started);
  }
  return started;
}
