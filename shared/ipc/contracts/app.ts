import { z } from 'zod';
import { channel } from '../channel';
import { jobIdSchema } from '../../domain/schemas';

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

export const appContract = {
  'app:info': channel(z.object({}).strict()).returns<AppInfo>(),
  'db:verify': channel(z.object({}).strict()).returns<VerifyReport>(),
  'db:backup': channel(z.object({}).strict()).returns<{ file: string; sizeBytes: number }>(),
  'jobs:cancel': channel(z.object({ jobId }).strict()).returns<{ cancelled: boolean }>(),
};
