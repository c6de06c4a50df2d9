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
