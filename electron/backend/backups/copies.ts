import path from 'node:path';
import type { BackupStatus, BackupWritten } from '../../../shared/backups/model';
import { REMIND_AFTER_DAYS } from '../../../shared/backups/model';
import type { BackendContext } from '../core/context';
import { backupTo, timestampForFile } from '../db/backup';
import { chosenTarget, uniqueFile } from '../files';
import { backupsDir } from '../paths/dataDir';
import { readBackupLog, recordOutsideCopy } from './log';
import { automaticCopies } from './rotation';

const isInside = (file: string, dir: string) => {
  const relative = path.relative(path.resolve(dir), path.resolve(file));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** A consistent copy of the database: to the file the user chose (a USB stick), or a new one in backups/. */
export function backupNow(ctx: BackendContext, target: string | undefined): BackupWritten {
  const file = target ? chosenTarget(ctx, target) : uniqueFile(backupsDir(ctx.dataDir), `uniondesk-${timestampForFile(ctx.now())}`, 'db');
  return backupToFile(ctx, file);
}

/** The copy at `file` (a folder: a new name in it, never an existing file), remembered when it left the data folder. */
export function backupToFile(ctx: Pick<BackendContext, 'db' | 'dataDir' | 'now'>, file: string): BackupWritten {
  const written = backupTo(ctx.db, file);
  const outside = !isInside(written.file, ctx.dataDir);
  if (outside) recordOutsideCopy(ctx.dataDir, written.file, ctx.now());
  return { ...written, outside };
}

/** A new, never colliding backup name in `dir` (the CLI's `backup --out DIR`). */
export function backupFileIn(dir: string, now: Date): string {
  return uniqueFile(dir, `uniondesk-${timestampForFile(now)}`, 'db');
}

export function backupStatus(ctx: Pick<BackendContext, 'dataDir' | 'now'>): BackupStatus {
  const log = readBackupLog(ctx.dataDir);
  const automatic = automaticCopies(ctx.dataDir)[0];
  const ageMs = log.lastOutsideAt ? ctx.now().getTime() - new Date(log.lastOutsideAt).getTime() : Infinity;
  return {
    lastOutsideAt: log.lastOutsideAt,
    lastOutsideFile: log.lastOutsideFile,
    lastAutomaticAt: automatic ? automatic.at.toISOString() : null,
    remind: ageMs > REMIND_AFTER_DAYS * 86_400_000,
  };
}
