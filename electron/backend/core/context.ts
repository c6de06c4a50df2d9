import type { Locale } from '../../../shared/i18n/locale';
import type { Db } from '../db/connection';
import type { RunningJob } from './jobs';

export interface BackendContext {
  readonly db: Db;
  readonly dataDir: string;
  readonly dbFile: string;
  /** Bundled data, fonts and templates (resources/ in the sources, the app's resources when packaged). */
  readonly resourcesDir: string;
  readonly version: string;
  readonly latestSchemaVersion: number;
  /** Where the migrations are (the sources' folder when not given). */
  readonly migrationsDir?: string;
  /** Who made the change, for the audit log. */
  readonly actor: string;
  readonly locale: Locale;
  now(): Date;
  startJob(jobId: string | undefined): RunningJob;
  cancelJob(jobId: string): boolean;
}

export function isoTimestamp(date: Date): string {
  return date.toISOString();
}
