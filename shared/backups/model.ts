/** A copy of the database just written. `outside`: it left the data folder (a USB stick, another drive). */
export interface BackupWritten {
  file: string;
  sizeBytes: number;
  outside: boolean;
}

export interface BackupStatus {
  /** When the last copy outside the data folder was made (ISO), or null: never. */
  lastOutsideAt: string | null;
  lastOutsideFile: string | null;
  /** The last automatic daily copy in backups/auto (ISO), or null. */
  lastAutomaticAt: string | null;
  /** No copy outside the data folder for more than REMIND_AFTER_DAYS: the dashboard says so. */
  remind: boolean;
}

export const REMIND_AFTER_DAYS = 7;

/** A copy in the data folder's backups/ (`name` relative to it, e.g. "auto/auto-2026-12-01-….db"). */
export interface BackupListed {
  name: string;
  /** When the copy was written (ISO). */
  at: string;
  sizeBytes: number;
}

/** What a backup holds, read from a checked copy before anything changes. */
export interface RestorePreview extends BackupListed {
  unions: number;
  members: number;
  decisions: number;
}

export interface RestoreDone {
  restoredFrom: string;
  /** The copy of the data as it was just before the restore. */
  safetyBackup: string;
}

/** A backup's name as the renderer may send it: a file in backups/ or backups/auto/, nothing else. */
export const BACKUP_NAME_PATTERN = /^(?:auto\/)?(?!\.)[^\\/]{1,200}\.db$/;

/** A backup the user chose outside the data folder, behind an opaque id (null: the dialog was cancelled, or there is none). */
export interface ChosenBackup {
  source: string | null;
  name: string | null;
}
