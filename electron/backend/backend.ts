import fs from 'node:fs';
import path from 'node:path';
import type { BackupWritten } from '../../shared/backups/model';
import { backupFileIn, backupToFile } from './backups/copies';
import { runDailyBackup } from './backups/rotation';
import { restoreDatabase } from './backups/restore';
import { forgetUploadedBackups } from './backups/sources';
import { assertSafeTarget } from './files/targets';
import type { BackendEventMap as EventMap, BackendEventName as EventName } from '../../shared/ipc/events';
import type { Locale } from '../../shared/i18n/locale';
import { openDatabase, type Db } from './db/connection';
import { loadMigrations } from './db/migrations';
import { migrate, schemaVersion, type MigrateResult } from './db/migrate';
import { backupTo, timestampForFile } from './db/backup';
import { acquireDataLock, lockHolder, type LockOptions } from './db/dataLock';
import { noticeOtherWriters } from './db/otherWriters';
import { dataPresenceGuard } from './db/dataPresence';
import { bumpMembersVersion } from './members/version';
import { backupsDir, DB_FILE_NAME, ensureWritableDir } from './paths/dataDir';
import { defaultMigrationsDir, defaultResourcesDir } from './paths/resources';
import { createDispatcher, type Invoke } from './core/dispatch';
import { JobRegistry } from './core/jobs';
import type { BackendContext } from './core/context';
import { storedLocale } from './settings/service';
import { handlers } from './handlers';

export interface BackendOptions {
  dataDir: string;
  migrationsDir?: string;
  resourcesDir?: string;
  actor?: string;
  version?: string;
  now?: () => Date;
  /** Forces the language of messages (the CLI's --lang); otherwise the stored UI language. */
  locale?: Locale;
  onEvent?: <E extends EventName>(name: E, payload: EventMap[E]) => void;
  /** While another process restores or upgrades the database: wait (the CLI) or refuse (the app, the default). */
  waitForLock?: boolean;
  onLockWait?: (pid: number) => void;
  /** The automatic daily copy in backups/auto with its rotation (the desktop app, the preview). */
  dailyBackup?: boolean;
}

export interface Backend {
  readonly dataDir: string;
  readonly dbFile: string;
  readonly migration: MigrateResult;
  invoke: Invoke;
  /** Resolves once the calls already made have finished. */
  idle(): Promise<void>;
  /** A consistent copy of the live database at `file`, or under a new name in it when `file` is a folder. */
  backup(file: string): BackupWritten;
  /** Replaces the database with a backup, keeping a copy of the current one first. */
  restore(file: string): { restoredFrom: string; safetyBackup: string };
  /** The language messages are made in now. */
  locale(): Locale;
  close(): void;
}

function openAndMigrate(dbFile: string, dataDir: string, migrationsDir: string, now: () => Date, lock: LockOptions) {
  const migrations = loadMigrations(migrationsDir);
  const holder = lockHolder(dataDir);
  if (holder) acquireDataLock(dataDir, holder.purpose, lock)();
  const db = openDatabase(dbFile, { maxSchemaVersion: migrations.length });
  let release = () => {};
  try {
    // Upgrading rewrites the schema: one process at a time, the others refuse or wait.
    if (schemaVersion(db) < migrations.length) release = acquireDataLock(dataDir, 'migrate', lock);
    const migration = migrate(db, migrations, (from) =>
      backupTo(db, path.join(backupsDir(dataDir), `before-migration-v${from}-${timestampForFile(now())}.db`)).file,
    );
    return { db, migration };
  } catch (error) {
    db.close();
    throw error;
  } finally {
    release();
  }
}

/** Opens (creating and migrating if needed) the database in `dataDir` and serves the handler map. */
export function openBackend(options: BackendOptions): Backend {
  const now = options.now ?? (() => new Date());
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir();
  const latestSchemaVersion = loadMigrations(migrationsDir).length;
  ensureWritableDir(options.dataDir);
  const dbFile = path.join(options.dataDir, DB_FILE_NAME);
  const lockOptions: LockOptions = { wait: options.waitForLock ?? false, onWait: (holder) => options.onLockWait?.(holder.pid) };
  const opened = openAndMigrate(dbFile, options.dataDir, migrationsDir, now, lockOptions);
  const db: Db = opened.db;
  const jobs = new JobRegistry((event) => options.onEvent?.('progress', event));

  let dailyChecked = '';
  const dailyBackup = () => {
    const today = now().toISOString().slice(0, 10);
    if (!options.dailyBackup || today === dailyChecked) return;
    dailyChecked = today;
    try {
      runDailyBackup(db, options.dataDir, now());
    } catch (error) {
      // A failed automatic copy must not stop the day's work; the next day tries again.
      console.error('[backend] automatic daily backup failed:', error);
    }
  };
  dailyBackup();

  const context = (): BackendContext => {
    dailyBackup();
    // Another process (the CLI, a second window) committed: cached counts and anchors are stale.
    if (noticeOtherWriters(db)) bumpMembersVersion(db);
    return contextOf(db);
  };
  const contextOf = (db: Db): BackendContext => ({
    db,
    dataDir: options.dataDir,
    dbFile,
    resourcesDir: options.resourcesDir ?? defaultResourcesDir(),
    version: options.version ?? '0.0.0',
    latestSchemaVersion,
    migrationsDir,
    actor: options.actor ?? 'user',
    locale: options.locale ?? storedLocale(db),
    now,
    startJob: (id) => jobs.start(id),
    cancelJob: (id) => jobs.cancel(id),
  });

  return {
    dataDir: options.dataDir,
    dbFile,
    migration: opened.migration,
    ...createDispatcher(handlers, context, dataPresenceGuard(dbFile, options.dataDir)),
    backup(file) {
      const resolved = path.resolve(file);
      const target = fs.existsSync(resolved) && fs.statSync(resolved).isDirectory() ? backupFileIn(resolved, now()) : resolved;
      assertSafeTarget(target, options.dataDir);
      return backupToFile({ db, dataDir: options.dataDir, now }, target);
    },
    restore(file) {
      return restoreDatabase({ db, dataDir: options.dataDir, dbFile, migrationsDir, now, actor: options.actor ?? 'user' }, path.resolve(file), lockOptions);
    },
    locale() {
      return options.locale ?? storedLocale(db);
    },
    close() {
      forgetUploadedBackups();
      db.close();
    },
  };
}
