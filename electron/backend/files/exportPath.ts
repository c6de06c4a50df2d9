import fs from 'node:fs';
import path from 'node:path';
import type { BackendContext } from '../core/context';
import { timestampForFile } from '../db/backup';

export function exportsDir(dataDir: string): string {
  return path.join(dataDir, 'exports');
}

/** The chosen target, or a fresh timestamped file in exports/ (served by the preview for download). */
export function exportTarget(ctx: BackendContext, chosen: string | undefined, baseName: string, extension: string): string {
  if (chosen) return path.resolve(chosen);
  const dir = exportsDir(ctx.dataDir);
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${baseName}-${timestampForFile(ctx.now())}.${extension}`);
}
