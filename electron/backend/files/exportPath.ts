import fs from 'node:fs';
import path from 'node:path';
import type { BackendContext } from '../core/context';
import { timestampForFile } from '../db/backup';
import { exportsDir } from '../paths/dataDir';
import { assertSafeTarget, backendTargets } from './targets';

export { exportsDir };

/** The file behind the id of the user's choice, used once; never the database or a backup. */
export function chosenTarget(ctx: BackendContext, id: string): string {
  const file = backendTargets.take(id);
  assertSafeTarget(file, ctx.dataDir);
  return file;
}

/** Names handed out but maybe not written yet: two exports in the same second must not share one. */
const handedOut = new Set<string>();

/**
 * The file the user chose (`chosen` is the opaque id of that choice, never a path), or a fresh
 * timestamped file in exports/ (served by the preview for download); when that name is taken (a
 * second export within the same second) "-2", "-3", … is added. Never the database or a backup.
 */
export function exportTarget(ctx: BackendContext, chosen: string | undefined, baseName: string, extension: string): string {
  if (chosen) return chosenTarget(ctx, chosen);
  return uniqueFile(exportsDir(ctx.dataDir), `${baseName}-${timestampForFile(ctx.now())}`, extension);
}

/** A file name in `dir` nobody has: `stem.ext`, else `stem-2.ext`, `stem-3.ext`, … (also within one second, written or not). */
export function uniqueFile(dir: string, stem: string, extension: string): string {
  fs.mkdirSync(dir, { recursive: true });
  for (let n = 1; ; n++) {
    const file = path.join(dir, `${n === 1 ? stem : `${stem}-${n}`}.${extension}`);
    if (handedOut.has(file) || fs.existsSync(file)) continue;
    if (handedOut.size > 1000) handedOut.clear();
    handedOut.add(file);
    return file;
  }
}
