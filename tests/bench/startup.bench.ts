import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { startPreviewServer } from '../../electron/backend/hosts/preview/server';
import { fmt, ms, percentile, report } from './measure';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const RUNS = 3;

interface StartupRun {
  listeningMs: number;
  interactiveMs: number;
  printMs: number;
}

/** The built renderer, built first when it is missing (the bench never rebuilds an existing one). */
function rendererDir(): string {
  const dir = path.resolve('out', 'renderer');
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('electron-vite build failed');
  }
  return dir;
}

/**
 * From starting the preview server on the office's database to its first screen (the working
 * year's dashboard) being interactive: the heading shown, the cards filled from the backend and the
 * sidebar answering a click; then a print window (the year's statistics) until it is ready to print.
 */
async function oneStartup(browser: Browser, dataDir: string, staticDir: string, year: number): Promise<StartupRun> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const started = process.hrtime.bigint();
  const server = await startPreviewServer({ dataDir, staticDir, port: 0, version: 'bench' });
  try {
    const listeningMs = ms(started);
    await page.goto(server.url);
    await page.getByRole('heading', { name: `Công việc năm ${year}` }).waitFor({ timeout: 120_000 });
    await page.getByTestId('awards-decisions').filter({ hasText: 'quyết định' }).waitFor({ timeout: 120_000 });
    await page.getByTestId('emulation-campaigns').getByRole('button', { name: /Phong trào/ }).click({ trial: true, timeout: 120_000 });
    const interactiveMs = ms(started);

    const printStarted = process.hrtime.bigint();
    const print = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await print.goto(`${server.url}#/print/statistics-year?year=${year}`);
    await print.waitForSelector('html[data-print-ready="true"]', { state: 'attached', timeout: 120_000 });
    const printMs = ms(printStarted);
    await print.close();
    return { listeningMs, interactiveMs, printMs };
  } finally {
    await page.close();
    await server.close();
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
  try {
    await oneStartup(browser, dataDir, staticDir, year); // warm-up: the OS file cache, as on a PC that opened the app before
    const runs: StartupRun[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await oneStartup(browser, dataDir, staticDir, year));
    const quantiles = (pick: (run: StartupRun) => number) => `${fmt(percentile(runs.map(pick), 50))} / ${fmt(percentile(runs.map(pick), 95))}`;
    report([
      [`preview server listening, p50 / p95 of ${RUNS} (ms)`, quantiles((r) => r.listeningMs)],
      [`server start → first screen interactive, p50 / p95 of ${RUNS} (ms)`, `${quantiles((r) => r.interactiveMs)}  (target ≤ 1500)`],
      [`print window (statistics of the year) ready, p50 / p95 of ${RUNS} (ms)`, quantiles((r) => r.printMs)],
    ]);
  } finally {
    await browser.close();
  }
}
