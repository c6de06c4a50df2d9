import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChosenBackup, RestoreDone, RestorePreview } from '../../../shared/backups/model';
import { AppError } from '../core/appError';
import { assertRestorableSource, backendSources } from '../files/targets';
import { previewFile, restoreDatabase, type RestoreContext } from './restore';

/*
 * A backup outside the data folder (a USB stick), known to the backend only by the id of the
 * user's choice: main's open dialog in the desktop app, an upload in the browser preview.
 */

/** Uploaded copies by their id, each in a temporary folder of its own, removed once restored or replaced. */
const uploads = new Map<string, string>();

function forgetUpload(id: string): void {
  const dir = uploads.get(id);
  uploads.delete(id);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

/** Removes every uploaded copy nobody restored: the backend is closing. */
export function forgetUploadedBackups(): void {
  for (const id of [...uploads.keys()]) forgetUpload(id);
}

/** The file behind `id`: read while the choice lives, restored from once; never the live database. */
function chosenFile(ctx: RestoreContext, id: string, use: 'read' | 'restore'): string {
  const file = use === 'restore' ? backendSources.take(id) : backendSources.read(id);
  assertRestorableSource(file, ctx.dataDir);
  return file;
}

/** What the chosen file would bring back, from a checked copy; dated by the file's own time. */
export function previewSource(ctx: RestoreContext, id: string): RestorePreview {
  const file = chosenFile(ctx, id, 'read');
  const name = path.basename(file);
  if (!fs.existsSync(file)) throw new AppError('FILE_NOT_FOUND', { file: name });
  const stat = fs.statSync(file);
  return previewFile(ctx, file, { name, at: stat.mtime.toISOString(), sizeBytes: stat.size });
}

/** Restores from the chosen file (checked again, the current data backed up first); the id is then used up. */
export function restoreSource(ctx: RestoreContext, id: string): RestoreDone {
  const file = chosenFile(ctx, id, 'restore');
  try {
    return restoreDatabase(ctx, file, {}, path.basename(file));
  } finally {
    forgetUpload(id);
  }
}

/** A name safe to be a file's last part: the user's own name (cleaned by the contract), without folders. */
function uploadName(fileName: string): string {
  const last = (fileName.split(/[\\/]/).pop() ?? '').trim();
  return last && last !== '.' && last !== '..' ? last.slice(0, 200) : 'sao-luu.db';
}

/**
 * The browser preview's upload of a backup: its bytes stored in a temporary folder, with the time
 * the user's file was last written (the date the preview shows), behind an id like main's dialog gives.
 * An earlier upload nobody restored is removed.
 */
export function storeUploadedBackup(upload: { fileName: string; bytes: string; modifiedAt?: string | undefined }): ChosenBackup {
  forgetUploadedBackups();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uniondesk-restore-'));
  const name = uploadName(upload.fileName);
  const file = path.join(dir, name);
  fs.writeFileSync(file, Buffer.from(upload.bytes, 'base64'));
  if (upload.modifiedAt) fs.utimesSync(file, new Date(), new Date(upload.modifiedAt));
  const source = backendSources.grant(file);
  uploads.set(source, dir);
  return { source, name };
}
