import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../core/appError';
import type { ErrorCode } from '../../../shared/ipc/result';
import { backupsDir, DB_FILE_NAME } from '../paths/dataDir';
import { LOCK_FILE_NAME } from '../db/dataLock';

/** How long a path the user chose stays usable: long enough for the export, short enough not to linger. */
export const TARGET_TTL_MS = 15 * 60_000;

export const newTargetId = (): string => `file-${randomBytes(18).toString('base64url')}`;

interface Grant {
  path: string;
  expiresAt: number;
  written: boolean;
}

/**
 * Paths the user chose in a dialog (or typed on the command line), kept behind opaque ids. An id
 * writes once and expires; revealing the written file in its folder works until it expires.
 * Files chosen to be read (a backup to restore) are kept the same way, in a list of their own:
 * read (`read`) while the id lives, used for the restore itself (`take`) once.
 */
export class FileTargets {
  private readonly grants = new Map<string, Grant>();

  constructor(
    private readonly clock: () => number = Date.now,
    private readonly unknownCode: ErrorCode = 'FILE_TARGET_UNKNOWN',
  ) {}

  grant(file: string, id: string = newTargetId()): string {
    this.forgetExpired();
    this.grants.set(id, { path: path.resolve(file), expiresAt: this.clock() + TARGET_TTL_MS, written: false });
    return id;
  }

  /** The path to write for `id`, once: an unknown, expired or already used id is refused. */
  take(id: string): string {
    const grant = this.live(id);
    if (grant.written) throw new AppError(this.unknownCode, {});
    grant.written = true;
    return grant.path;
  }

  /** The path behind `id` for reading it (a chosen backup previewed), while the id lives and was not used. */
  read(id: string): string {
    const grant = this.live(id);
    if (grant.written) throw new AppError(this.unknownCode, {});
    return grant.path;
  }

  /** The path behind `id` for showing it in its folder (after it was written). */
  peek(id: string): string {
    return this.live(id).path;
  }

  private live(id: string): Grant {
    const grant = this.grants.get(id);
    if (!grant || grant.expiresAt <= this.clock()) {
      this.grants.delete(id);
      throw new AppError(this.unknownCode, {});
    }
    return grant;
  }

  private forgetExpired(): void {
    const now = this.clock();
    for (const [id, grant] of this.grants) if (grant.expiresAt <= now) this.grants.delete(id);
  }
}

/** The backend's own list (the worker, the preview, the CLI): one per process. */
export const backendTargets = new FileTargets();

/** The backend's list of files chosen to be read (a backup on a USB stick, or one uploaded to the preview). */
export const backendSources = new FileTargets(Date.now, 'FILE_SOURCE_UNKNOWN');

/** A path as the file system sees it, symbolic links followed as far as they exist. */
function realPath(file: string): string {
  const resolved = path.resolve(file);
  try {
    return fs.realpathSync.native(resolved);
  } catch {
    const parent = path.dirname(resolved);
    return parent === resolved ? resolved : path.join(realPath(parent), path.basename(resolved));
  }
}

const comparable = (file: string) => (process.platform === 'win32' ? realPath(file).toLowerCase() : realPath(file));

/** The live database, its journal, WAL, shared memory and lock, as the file system sees them. */
function liveFiles(dataDir: string): string[] {
  const dbFile = comparable(path.join(dataDir, DB_FILE_NAME));
  return [...['', '-wal', '-shm', '-journal'].map((suffix) => dbFile + suffix), comparable(path.join(dataDir, LOCK_FILE_NAME))];
}

/**
 * Refuses a target that would overwrite the live database (or its journal, WAL, shared memory, lock)
 * or land in the backups folder, whatever the spelling, symbolic link or case.
 */
export function assertSafeTarget(file: string, dataDir: string): void {
  const target = comparable(file);
  const backups = comparable(backupsDir(dataDir));
  if (liveFiles(dataDir).includes(target) || target === backups || target.startsWith(backups + path.sep)) {
    throw new AppError('FILE_TARGET_PROTECTED', { file: path.basename(file) });
  }
}

/** Refuses to restore from the live database itself (or its WAL, shared memory, journal, lock), however it is reached. */
export function assertRestorableSource(file: string, dataDir: string): void {
  if (liveFiles(dataDir).includes(comparable(file))) throw new AppError('FILE_SOURCE_LIVE', { file: path.basename(file) });
}

const isTargetId = (value: string) => /^file-[A-Za-z0-9_-]{24}$/.test(value);

/**
 * For hosts where the user types the path themselves (the CLI's --out): the call's `target` path
 * becomes an id of this process's list, so the handlers see only ids, as from the desktop app.
 */
export function withGrantedTarget<T>(input: T): T {
  if (typeof input !== 'object' || input === null || !('target' in input)) return input;
  const target = (input as { target?: unknown }).target;
  if (typeof target !== 'string' || isTargetId(target)) return input;
  return { ...input, target: backendTargets.grant(target) };
}
