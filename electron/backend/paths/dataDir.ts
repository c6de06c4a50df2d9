import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../core/appError';
import { systemProblem } from '../core/plainReason';

export const APP_FOLDER_NAME = 'UnionDesk';
export const DB_FILE_NAME = 'uniondesk.db';

/**
 * The same folder Electron's app.getPath('userData') gives for this app, so the CLI and the
 * desktop app share one database unless told otherwise.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.UNIONDESK_DATA_DIR) return path.resolve(env.UNIONDESK_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_FOLDER_NAME);
}

/** Creates the folder if needed and proves it can be written, before any database is touched. */
export function ensureWritableDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.write-test-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch (error) {
    // A full disk: the data is fine once space is freed; another folder or a backup is not the answer.
    if (systemProblem(error)?.code === 'DISK_FULL') throw new AppError('DISK_FULL_AT_STARTUP', { dir });
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new AppError('DATA_DIR_NOT_WRITABLE', { dir, reason });
  }
}

/** Where exports go when no file was chosen (the preview, the CLI): served by the preview for download. */
export function exportsDir(dataDir: string): string {
  return path.join(dataDir, 'exports');
}

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** Writes a file so that readers see the old or the new content, never half of it. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(temp, data);
  fs.renameSync(temp, file);
}
