import { z } from 'zod';
import { channel } from '../channel';
import { jobIdSchema } from '../../domain/schemas';
import { BACKUP_NAME_PATTERN, type BackupListed, type BackupStatus, type BackupWritten, type RestoreDone, type RestorePreview } from '../../backups/model';
import { exportTargetSchema } from '../../safety/fileTarget';

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
  'backups:preview': channel(z.object({ name: backupName }).strict()).returns<RestorePreview>(),
  /** Backs up the current data, then restores the checked backup. */
  'backups:restore': channel(z.object({ name: backupName }).strict()).returns<RestoreDone>(),
  'jobs:cancel': channel(z.object({ jobId }).strict()).returns<{ cancelled: boolean }>(),
};
