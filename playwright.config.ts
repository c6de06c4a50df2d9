import fs from 'node:fs';
import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';

/*
 * End-to-end tests. The same specs run in two projects:
 * - web: the built renderer in Chromium against the real backend through the browser preview
 *   (started in-process by tests/e2e/fixtures.ts, one temp data directory per test);
 * - electron: the desktop app through Playwright's _electron, skipped (saying why) where no
 *   Electron binary exists.
 * Browsers are never downloaded: the system Chromium (or Edge on Windows) is used.
 */

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const useEdge = process.platform === 'win32' && !fs.existsSync(chromiumPath);

const browser: PlaywrightTestConfig['use'] = {
  ...(useEdge ? { channel: 'msedge' } : {}),
  launchOptions: {
    ...(useEdge ? {} : { executablePath: chromiumPath }),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  },
  viewport: { width: 1366, height: 860 },
  locale: 'vi-VN',
};

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  // Only this run's artefacts: Playwright empties outputDir at start, so keep it a sub-folder and
  // leave the rest of test-results/ (other runners' reports) alone.
  outputDir: 'test-results/e2e',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  // Four workers on two cores: a test spends most of its time waiting (page loads, animations,
  // debounces), so two workers left the cores idle about three quarters of the time.
  workers: 4,
  // Tests, not files, are handed to the workers: each test has its own app and data folder, and a
  // file of long tests no longer keeps one worker busy while the other has nothing left to run.
  fullyParallel: true,
  // One retry on CI only: two cores shared by four workers can starve a click; a real failure fails twice.
  retries: process.env.CI ? 1 : 0,
  // A whole journey (demo data, a form, its dialogs, a printout) takes 15 s alone and up to twice that
  // when four workers share two cores: 60 s, so only a test that is stuck fails on time.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  use: {
    screenshot: 'only-on-failure',
    trace: 'off',
    video: 'off',
  },
  projects: [
    { name: 'web', use: { ...browser } },
    // The electron project does not use a browser; the fixture launches the app itself (or skips).
    { name: 'electron', use: { ...browser } },
  ],
});
