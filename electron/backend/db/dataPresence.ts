import fs from 'node:fs';
import { AppError } from '../core/appError';

/**
 * Proves the database file we opened is still where it was. On Linux SQLite keeps writing to a
 * file whose folder was deleted (or a USB stick pulled) and every write would be confirmed and
 * lost; a file replaced under our feet (another inode) is as bad. Returns the check to run per call.
 */
export function dataPresenceGuard(dbFile: string, dataDir: string): () => void {
  const identity = (stat: fs.Stats) => `${stat.dev}:${stat.ino}`;
  const opened = identity(fs.statSync(dbFile));
  return () => {
    let now: string | undefined;
    try {
      now = identity(fs.statSync(dbFile));
    } catch {
      now = undefined;
    }
    if (now !== opened) throw new AppError('DATA_DIR_GONE', { dir: dataDir });
  };
}
