import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../core/appError';

export const LOCK_FILE_NAME = 'uniondesk.lock';

export type LockPurpose = 'restore' | 'migrate';

export interface Holder {
  pid: number;
  purpose: LockPurpose;
  at: string;
}

export interface LockOptions {
  /** Wait for another process's restore or upgrade to finish (the CLI); otherwise refuse (the app). */
  wait?: boolean;
  /** Told once, when waiting starts, who holds the lock. */
  onWait?: (holder: Holder) => void;
  timeoutMs?: number;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    // A process that has ended but not been reaped yet still answers the signal (Linux shows it as Z).
    const stat = fs.existsSync(`/proc/${pid}/stat`) ? fs.readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
    return !/^\d+ \(.*\) Z/s.test(stat);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Who holds the lock now, or null; a lock left by a process that has died is removed. */
export function lockHolder(dataDir: string): Holder | null {
  const file = path.join(dataDir, LOCK_FILE_NAME);
  let holder: Holder;
  try {
    holder = JSON.parse(fs.readFileSync(file, 'utf8')) as Holder;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    // Half-written by a process that died while creating it: treat as stale.
    fs.rmSync(file, { force: true });
    return null;
  }
  if (holder.pid !== process.pid && alive(holder.pid)) return holder;
  fs.rmSync(file, { force: true });
  return null;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Takes the data folder's exclusive lock for a restore or a schema upgrade (one writer of the whole
 * file across processes). Returns the release function.
 */
export function acquireDataLock(dataDir: string, purpose: LockPurpose, options: LockOptions = {}): () => void {
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const deadline = Date.now() + (options.timeoutMs ?? 10 * 60_000);
  let told = false;
  for (;;) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, purpose, at: new Date().toISOString() }));
      fs.closeSync(fd);
      return () => fs.rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = lockHolder(dataDir);
    if (holder === null) continue;
    if (!options.wait || Date.now() > deadline) throw new AppError(holder.purpose === 'restore' ? 'DATA_DIR_BUSY_RESTORE' : 'DATA_DIR_BUSY_MIGRATE', { pid: holder.pid });
    if (!told) options.onWait?.(holder);
    told = true;
    sleep(200);
  }
}

/** Refuses (or waits) while another process restores or upgrades the database, without taking the lock. */
export function waitUntilUnlocked(dataDir: string, options: LockOptions = {}): void {
  acquireDataLock(dataDir, 'migrate', options)();
}
