import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { fmt, ms, percentile, report } from './measure';
import type { ServerThreadAnswer, ServerThreadRequest } from './startupServerThread';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const RUNS = 3;

interface StartupRun {
  listeningMs: number;
  interactiveMs: number;
  printMs: number;
  /** Milliseconds from the page's navigation: its scripts all in, each backend call answered. */
  phases: Record<string, number>;
}

/** Where the first screen's time goes, read from the page's own resource timings. */
function pagePhases(): Record<string, number> {
  const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const phases: Record<string, number> = {};
  const scripts = entries.filter((entry) => entry.name.endsWith('.js'));
  phases['scripts in'] = Math.max(0, ...scripts.map((entry) => entry.responseEnd));
  for (const entry of entries) {
    const channel = /\/api\/call\/([\w:.-]+)$/.exec(entry.name)?.[1];
    if (channel) phases[`${channel} answered`] ??= entry.responseEnd;
  }
  return phases;
}

/** The built renderer, built first when it is missing (the bench never rebuilds an existing one). */
function rendererDir(): string {
  const dir = path.resolve(process.env.UNIONDESK_OUT_DIR ?? 'out', 'renderer');
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('electron-vite build failed');
  }
  return dir;
}

/**
 * The preview server's thread, loaded before the clock starts (as the preview's process is): the
 * server code bundled as electron-vite bundles main (tsx inside a thread takes seconds to start).
 */
async function serverThread(): Promise<{ ask(request: ServerThreadRequest): Promise<ServerThreadAnswer>; close(): Promise<void> }> {
  const dir = path.resolve('.tmp', 'bench');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'startupServerThread.mjs');
  await build({ entryPoints: [path.resolve('tests/bench/startupServerThread.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', target: 'node22', outfile: file, logLevel: 'error' });
  const worker = new Worker(file);
  return {
    async ask(request) {
      worker.postMessage(request);
      const [answer] = (await once(worker, 'message')) as [ServerThreadAnswer];
      if (answer.kind === 'failed') throw new Error(`preview server: ${answer.reason}`);
      return answer;
    },
    close: async () => void (await worker.terminate()),
  };
}

type ServerThread = Awaited<ReturnType<typeof serverThread>>;

/**
 * From starting the preview server on the office's database to its first screen (the working
 * year's dashboard) being interactive: the heading shown, the cards filled from the backend and the
 * sidebar answering a click; then a print window (the year's statistics) until it is ready to print.
 */
async function oneStartup(browser: Browser, thread: ServerThread, dataDir: string, staticDir: string, year: number): Promise<StartupRun> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const started = process.hrtime.bigint();
  const answer = await thread.ask({ kind: 'start', options: { dataDir, staticDir, port: 0, version: 'bench' } });
  const server = { url: answer.kind === 'started' ? answer.url : '' };
  try {
    const listeningMs = ms(started);
    await page.goto(server.url);
    await page.getByRole('heading', { name: `Công việc năm ${year}` }).waitFor({ timeout: 120_000 });
    await page.getByTestId('awards-decisions').filter({ hasText: 'quyết định' }).waitFor({ timeout: 120_000 });
    await page.getByTestId('emulation-campaigns').getByRole('button', { name: /Phong trào/ }).click({ trial: true, timeout: 120_000 });
    const interactiveMs = ms(started);
    const phases = await page.evaluate(pagePhases);

    const printStarted = process.hrtime.bigint();
    const print = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await print.goto(`${server.url}#/print/statistics-year?year=${year}`);
    await print.waitForSelector('html[data-print-ready="true"]', { state: 'attached', timeout: 120_000 });
    const printMs = ms(printStarted);
    await print.close();
    return { listeningMs, interactiveMs, printMs, phases };
  } finally {
    await page.close();
    await thread.ask({ kind: 'stop' });
  }
}

/** Startup to an interactive first screen, and a print window, on the benchmark's database; figures only. */
export async function benchStartup(dataDir: string, year: number): Promise<void> {
  const executablePath = process.env.UNIONDESK_CHROMIUM ?? CHROMIUM.find((candidate) => fs.existsSync(candidate));
  if (executablePath === undefined) {
    report([['startup', 'skipped: no Chromium found (set UNIONDESK_CHROMIUM)']]);
    return;
  }
  const staticDir = rendererDir();
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  const thread = await serverThread();
  try {
    await oneStartup(browser, thread, dataDir, staticDir, year); // warm-up: the OS file cache, as on a PC that opened the app before
    const runs: StartupRun[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await oneStartup(browser, thread, dataDir, staticDir, year));
    const quantiles = (pick: (run: StartupRun) => number) => `${fmt(percentile(runs.map(pick), 50))} / ${fmt(percentile(runs.map(pick), 95))}`;
    report([
      [`preview server listening, p50 / p95 of ${RUNS} (ms)`, quantiles((r) => r.listeningMs)],
      [`server start → first screen interactive, p50 / p95 of ${RUNS} (ms)`, `${quantiles((r) => r.interactiveMs)}  (target ≤ 1500)`],
      [`print window (statistics of the year) ready, p50 / p95 of ${RUNS} (ms)`, quantiles((r) => r.printMs)],
      ...[...new Set(runs.flatMap((r) => Object.keys(r.phases)))].map((phase): [string, string] => [
        `  from navigation: ${phase}, p50 (ms)`,
        fmt(percentile(runs.map((r) => r.phases[phase] ?? NaN).filter((v) => !Number.isNaN(v)), 50)),
      ]),
    ]);
  } finally {
    await thread.close();
    await browser.close();
  }
}
