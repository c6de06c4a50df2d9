import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ELECTRON_SKIP_REASON, ROOT, findElectronBinary } from './electron';

/** Builds main, preload and renderer into out/ once per run (UNIONDESK_SKIP_BUILD=1 skips it). */
export default async function globalSetup(): Promise<void> {
  // The list reporter does not print skip reasons: say once why the electron project is skipped.
  if (!(await findElectronBinary())) console.log(`[e2e] electron project: ${ELECTRON_SKIP_REASON}`);
  if (process.env.UNIONDESK_SKIP_BUILD === '1') return;
  const root = ROOT;
  const isWindows = process.platform === 'win32';
  const bin = path.join(root, 'node_modules', '.bin', isWindows ? 'electron-vite.cmd' : 'electron-vite');
  const started = Date.now();
  const result = spawnSync(bin, ['build'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: isWindows,
    encoding: 'utf8',
    // The Node that runs Playwright (22) also runs the build.
    env: { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}` },
  });
  if (result.status !== 0) {
    throw new Error(`electron-vite build failed (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`[e2e] electron-vite build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
