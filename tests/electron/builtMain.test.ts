import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../fixtures/backend';
import { chooseFile, expectSecureStart, FIRST_MINUTES, runFirstMinutes } from './desktop/mainAssertions';
import { MainProcess, type MainProcessOptions } from './desktop/mainProcess';
import { CHUNK_LIMIT_BYTES, firstScreenChunks, mainImports, rendererChunks } from './desktop/bundleChecks';

/*
 * The built main process (electron-vite's out/main/index.js) started in plain Node with `electron`
 * resolved to a stand-in (tests/electron/desktop/standIn). UNIONDESK_BUILT_OUT names a build to use
 * (npm test builds once); otherwise this file builds into a folder of its own.
 */
let outDir = process.env.UNIONDESK_BUILT_OUT ? path.resolve(process.env.UNIONDESK_BUILT_OUT) : '';
const temps: string[] = [];
const processes: MainProcess[] = [];
const tempDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
};

beforeAll(() => {
  if (outDir) return;
  fs.mkdirSync(path.join(PROJECT_ROOT, '.tmp'), { recursive: true });
  outDir = fs.mkdtempSync(path.join(PROJECT_ROOT, '.tmp', 'desktop-build-'));
  temps.push(outDir);
  const bin = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'electron-vite');
  const built = spawnSync(bin, ['build'], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, UNIONDESK_OUT_DIR: outDir, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}` } });
  if (built.status !== 0) throw new Error(`electron-vite build failed: ${built.stdout}\n${built.stderr}`);
}, 180_000);

afterAll(() => {
  processes.forEach((p) => p.kill());
  temps.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
});

function start(options: MainProcessOptions): MainProcess {
  const main = new MainProcess(options);
  processes.push(main);
  return main;
}

describe('the built main process, with a stand-in for Electron', () => {
  it('starts securely, refuses a second instance, calls the real worker, prints, and restarts a killed worker', async () => {
    const userData = tempDir('uniondesk-userdata-');
    const documents = tempDir('uniondesk-docs-');
    // Every call counts as slow here, so the log's slow-call line does not depend on the machine's speed.
    const options = { mainFile: path.join(outDir, 'main', 'index.js'), appPath: PROJECT_ROOT, userData, documents, env: { UNIONDESK_SLOW_CALL_MS: '0' } };
    const main = start(options);
    // The same list of checks as against real Electron (tests/e2e/desktopMain.spec.ts).
    const checked: string[] = [];
    await runFirstMinutes(main, { rendererDir: path.join(outDir, 'renderer'), outDir: documents }, {
      afterStart: async () => {
        const second = start(options);
        expect(await second.exited).toBe(0);
        expect(second.messages.map((m) => m.type)).toEqual(['lockRefused', 'quit']);
      },
      onCheck: (name) => checked.push(name),
    });
    expect(checked).toHaveLength(1 + FIRST_MINUTES.length);
    expect((await main.state()).errorBoxes).toEqual([]);
    await main.closeAll();
    expect(await main.exited).toBe(0);

    // The field log in the data folder: startup steps, slow calls with their channel, the restart.
    const log = fs.readFileSync(path.join(userData, 'logs', 'uniondesk.log'), 'utf8');
    expect(log).toMatch(/INFO {2}UnionDesk \d+\.\d+\.\d+ starting/);
    expect(log).toMatch(/startup: backend ready \(\d+ ms\)[\s\S]*startup: window created/);
    expect(log).toMatch(/slow call: (import|setup):\w+ took \d+ ms/);
    expect(log).toContain('ERROR backend worker stopped unexpectedly; restarted (1)');
    expect(log).toContain('ERROR renderer gone: crashed (exit 139)');
  }, 120_000);

  it('finds the data folder, fonts, templates and worker where the packaged layout puts them', async () => {
    // electron-builder: `files` (out/**, package.json) into resources/app(.asar), dependencies in its
    // node_modules, extraResources beside it.
    const install = tempDir('uniondesk-install-');
    const resources = path.join(install, 'resources');
    const appDir = path.join(resources, 'app');
    fs.mkdirSync(appDir, { recursive: true });
    fs.cpSync(outDir, path.join(appDir, 'out'), { recursive: true, filter: (file) => !file.endsWith('.map') });
    fs.copyFileSync(path.join(PROJECT_ROOT, 'package.json'), path.join(appDir, 'package.json'));
    fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(appDir, 'node_modules'), 'dir');
    for (const [from, to] of [['electron/backend/db/migrations', 'migrations'], ['resources/fonts', 'fonts'], ['resources/templates', 'templates'], ['resources/data', 'data']] as const) {
      fs.cpSync(path.join(PROJECT_ROOT, from), path.join(resources, to), { recursive: true });
    }
    const userData = tempDir('uniondesk-userdata-');
    const documents = tempDir('uniondesk-docs-');
    const main = start({ mainFile: path.join(appDir, 'out', 'main', 'index.js'), appPath: appDir, userData, documents, packaged: { resourcesPath: resources }, env: { UNIONDESK_CHROMIUM: path.join(install, 'no-browser') } });
    const { appUrl } = await expectSecureStart(main, path.join(appDir, 'out', 'renderer'));
    const state = await main.state();
    expect(state.workers.map((w) => w.file)).toEqual([path.join(appDir, 'out', 'main', 'backendWorker.js')]);

    const info = await main.invoke(appUrl, 'app:info', {});
    expect(info).toMatchObject({ ok: true, value: { dataDir: userData, dbFile: path.join(userData, 'uniondesk.db') } });
    expect(await main.invoke(appUrl, 'setup:start', { mode: 'demo', unions: 2, members: 10, year: 2025, seed: 1 })).toMatchObject({ ok: true });
    expect(await main.invoke(appUrl, 'reports:create', { year: 2025, from: 'template' })).toMatchObject({ ok: true });
    const target = path.join(documents, 'bao-cao.docx');
    expect(await main.invoke(appUrl, 'reports:export', { year: 2025, format: 'docx', target: await chooseFile(main, appUrl, target) })).toMatchObject({ ok: true, value: { file: target } });
    // A path instead of the id of a choice is refused before anything is written.
    expect(await main.invoke(appUrl, 'reports:export', { year: 2025, format: 'docx', target: path.join(userData, 'uniondesk.db') })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(fs.statSync(target).size).toBeGreaterThan(10_000);
    // The report's PDF from the window's own printToPDF: the worker's browser search is pointed nowhere.
    const pdf = path.join(documents, 'bao-cao.pdf');
    expect(await main.invoke(appUrl, 'reports:export', { year: 2025, format: 'pdf', target: await chooseFile(main, appUrl, pdf) })).toEqual({ ok: true, value: { file: pdf } });
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toMatch(/BÁO CÁO[\s\S]*năm 2025/);
    expect((await main.state()).windows.filter((w) => !w.destroyed)).toHaveLength(1);
    await main.closeAll();
    expect(await main.exited).toBe(0);

    // The administrators' command: `UnionDesk.exe --cli …` on the same data folder, no window.
    const cli = start({ mainFile: path.join(appDir, 'out', 'main', 'index.js'), appPath: appDir, userData, documents, packaged: { resourcesPath: resources }, args: ['--cli', 'verify', '--json'] });
    expect(await cli.exited).toBe(0);
    expect(JSON.parse(cli.stdout.join(''))).toMatchObject({ file: path.join(userData, 'uniondesk.db'), healthy: true });
    expect(cli.messages.filter((m) => m.type === 'window')).toEqual([]);
  }, 120_000);
});

describe('the build', () => {
  it('ships lean: dependencies are what main loads, the renderer is minified in chunks of at most 1.6 MB, the preload has no zod', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies).sort()).toEqual(mainImports(outDir).filter((name) => name !== 'electron'));

    const chunks = rendererChunks(outDir);
    expect(chunks.length).toBeGreaterThan(10);
    const oversized = chunks.filter((c) => c.bytes > CHUNK_LIMIT_BYTES);
    expect(oversized).toEqual([]);
    const first = firstScreenChunks(outDir);
    const assets = path.join(outDir, 'renderer', 'assets');
    for (const file of first) {
      const code = fs.readFileSync(path.join(assets, file), 'utf8');
      expect(code, `${file} is loaded by the first screen`).not.toMatch(/ag-grid|prosemirror/i);
      // Minified: long lines (electron-vite's default leaves 6.6 MB of readable code, ~30 characters a line);
      // template literals (the print documents' CSS) keep their line breaks.
      if (code.length > 10_000) expect(code.length / code.split('\n').length, file).toBeGreaterThan(150);
    }
    const preload = fs.readFileSync(path.join(outDir, 'preload', 'index.cjs'), 'utf8');
    expect(preload).not.toMatch(/zod|ZodError/);
    expect(preload.length).toBeLessThan(20_000);
  });
});
