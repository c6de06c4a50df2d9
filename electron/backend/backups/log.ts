import fs from 'node:fs';
import path from 'node:path';
import { backupsDir, writeFileAtomic } from '../paths/dataDir';

/**
 * What the office's copies were, kept beside them in backups/log.json rather than in the database:
 * a restore must not forget that a copy was taken to a USB stick yesterday.
 */
export interface BackupLog {
  lastOutsideAt: string | null;
  lastOutsideFile: string | null;
}

const logFile = (dataDir: string) => path.join(backupsDir(dataDir), 'log.json');

export function readBackupLog(dataDir: string): BackupLog {
  try {
    const parsed = JSON.parse(fs.readFileSync(logFile(dataDir), 'utf8')) as Partial<BackupLog>;
    return { lastOutsideAt: typeof parsed.lastOutsideAt === 'string' ? parsed.lastOutsideAt : null, lastOutsideFile: typeof parsed.lastOutsideFile === 'string' ? parsed.lastOutsideFile : null };
  } catch {
    return { lastOutsideAt: null, lastOutsideFile: null };
  }
}

export function recordOutsideCopy(dataDir: string, file: string, at: Date): void {
  writeFileAtomic(logFile(dataDir), JSON.stringify({ ...readBackupLog(dataDir), lastOutsideAt: at.toISOString(), lastOutsideFile: file }, null, 1));
}
