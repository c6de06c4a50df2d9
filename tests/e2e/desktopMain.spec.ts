import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { _electron, type ElectronApplication } from '@playwright/test';
import { runFirstMinutes } from '../electron/desktop/mainAssertions';
import { ElectronHost } from './electronHost';
import { ROOT, findElectronBinary } from './electron';
import { expect, test } from './fixtures';

/*
 * The checks of a user's first minutes (tests/electron/desktop/mainAssertions.ts), the same list the
 * built-main test runs with its stand-in for Electron, against the real desktop app. Electron project
 * only; without an Electron binary the fixtures skip it and say why.
 */
test.describe('the desktop main process, in real Electron', () => {
  test('starts securely, calls the real worker, prints, restarts a killed worker, reloads a crashed page', async ({ hostGate }) => {
    test.skip(hostGate === 'web', 'The web project has no main process: these checks run in the electron project (real Electron), and with a stand-in for Electron in tests/electron/builtMain.test.ts.');
    test.setTimeout(180_000);
    const executablePath = await findElectronBinary();
    expect(executablePath, 'hostGate skips the electron project when there is no binary').not.toBeNull();
    const base = await fs.mkdtemp(path.join(os.tmpdir(), 'uniondesk-desktop-'));
    const [dataDir, profileDir, documents] = ['data', 'profile', 'documents'].map((name) => path.join(base, name)) as [string, string, string];
    await Promise.all([dataDir, profileDir, documents].map((dir) => fs.mkdir(dir)));
    const recorder = pathToFileURL(path.join(ROOT, 'tests', 'electron', 'desktop', 'standIn', 'recordWorkers.mjs')).href;
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RENDERER_URL') env[key] = value;
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --import=${recorder}`.trim();
    const args = ['.', `--data-dir=${dataDir}`, `--user-data-dir=${profileDir}`, ...(process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
    let electronApp: ElectronApplication | undefined;
    let host: ElectronHost | undefined;
    try {
      electronApp = await _electron.launch({ executablePath: executablePath!, args, cwd: ROOT, env });
      await electronApp.firstWindow();
      host = await ElectronHost.attach(electronApp, documents);
      await runFirstMinutes(host, { rendererDir: path.join(ROOT, 'out', 'renderer'), outDir: documents }, { onCheck: (name) => test.info().annotations.push({ type: 'check', description: name }) });
      expect((await host.state()).errorBoxes).toEqual([]);
    } finally {
      host?.detach();
      await electronApp?.close();
      await fs.rm(base, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    }
  });
});
