import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

export const ELECTRON_SKIP_REASON =
  'No Electron binary on this machine (its download is blocked), so the electron project is skipped; the web project runs the same specs against the browser preview.';

/**
 * Is Electron's binary on disk? Checked before calling electronBinary(): electron 45's
 * `require('electron')` tries to download a missing binary (a network fetch that fails here)
 * instead of just reporting it missing.
 */
function electronBinaryOnDisk(): boolean {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return true;
  try {
    const dir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const relative = readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
    return relative !== '' && existsSync(path.join(dir, 'dist', relative));
  } catch {
    return false;
  }
}

let electronBinaryPath: Promise<string | null> | undefined;
/** The Electron executable (scripts/electronBinary.mjs's answer, asked once), or null. */
export function findElectronBinary(): Promise<string | null> {
  if (!electronBinaryOnDisk()) return Promise.resolve(null);
  const specifier: string = pathToFileURL(path.join(ROOT, 'scripts', 'electronBinary.mjs')).href;
  electronBinaryPath ??= import(specifier).then((module: { electronBinary(): string | null }) => module.electronBinary());
  return electronBinaryPath;
}
