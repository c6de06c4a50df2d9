import { z } from 'zod';
import { channel } from '../channel';
import { jobIdSchema, uploadSchema } from '../../domain/schemas';
import { nameText } from '../../domain/text/cleanText';
import { BACKUP_NAME_PATTERN, type BackupListed, type BackupStatus, type BackupWritten, type ChosenBackup, type RestoreDone, type RestorePreview } from '../../backups/model';
import { exportTargetSchema, fileSourceId } from '../../safety/fileTarget';

export interface AppInfo {
  version: string;
  dataDir: string;
  dbFile: string;
  schemaVersion: number;
  setupDone: boolean;
  /** The office holds demo data (the first run's "Nạp dữ liệu mẫu"), not yet cleared. */
  demoData: boolean;
}

export interface VerifyReport {
  file: string;
  sizeBytes: number;
  schemaVersion: number;
  latestSchemaVersion: number;
  integrity: string[];
  healthy: boolean;
}

export const jobId = jobIdSchema;
const backupName = z.string().regex(BACKUP_NAME_PATTERN);
/** A copy in backups/ by its name, or a file the user chose elsewhere (a USB stick) by the id of that choice. */
const backupChoice = z.union([z.object({ name: backupName }).strict(), z.object({ source: fileSourceId }).strict()]);

export const appContract = {
  'app:info': channel(z.object({}).strict()).returns<AppInfo>(),
  'db:verify': channel(z.object({}).strict()).returns<VerifyReport>(),
  /** "Sao lưu": to the file the user chose (a USB stick), or a new copy in the data folder's backups/. */
  'db:backup': channel(z.object({ target: exportTargetSchema }).strict()).returns<BackupWritten>(),
  /** When the last copy left the PC, and whether the dashboard should remind the user. */
  'backups:status': channel(z.object({}).strict()).returns<BackupStatus>(),
  /** The copies in the data folder's backups/, newest first: what "Khôi phục" offers. */
  'backups:list': channel(z.object({}).strict()).returns<BackupListed[]>(),
  /** Checks a backup completely and says what it holds; nothing changes. */
  'backups:preview': channel(backupChoice).returns<RestorePreview>(),
  /** Backs up the current data, then restores the checked backup. */
  'backups:restore': channel(backupChoice).returns<RestoreDone>(),
  /** The browser preview's way to a backup outside the data folder: the file's bytes, kept behind an id like main's open dialog gives. */
  'backups:upload': channel(
    z.object({ fileName: nameText(255).min(1), bytes: uploadSchema('backup'), modifiedAt: z.string().datetime().optional() }).strict(),
  ).returns<ChosenBackup>(),
  'jobs:cancel': channel(z.object({ jobId }).strict()).returns<{ cancelled: boolean }>(),
};
