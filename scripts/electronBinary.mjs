// Where the Electron binary is, if the electron package has it. Only looks: requiring
// 'electron' would start a download when the binary is missing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const electronDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'electron');

export function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const file = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return fs.existsSync(file) ? file : null;
  }
  if (!fs.existsSync(pathFile)) return null;
  const file = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(file) ? file : null;
}

/** Tries electron's own download once (npm 11 skips install scripts); false when it fails. */
export function downloadElectron(spawnSync) {
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 300_000 });
  return result.status === 0 && electronBinary() !== null;
}
