import path from 'node:path';
import type { BackendEventMap as EventMap, BackendEventName as EventName } from '../../shared/ipc/events';
import type { Locale } from '../../shared/i18n/locale';
import { openDatabase, type Db } from './db/connection';
import { loadMigrations } from './db/migrations';
import { migrate, type MigrateResult } from './db/migrate';
import { backupTo, checkRestorable, replaceDatabaseFile, timestampForFile } from './db/backup';
import { backupsDir, DB_FILE_NAME, ensureWritableDir } from './paths/dataDir';
import { defaultMigrationsDir, defaultResourcesDir } from './paths/resources';
import { createDispatcher, type Invoke } from './core/dispatch';
import { JobRegistry } from './core/jobs';
import type { BackendContext } from './core/context';
import { storedLocale } from './settings/service';
import { writeAudit } from './audit/auditLog';
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
}

export interface Backend {
  readonly dataDir: string;
  readonly dbFile: string;
  readonly migration: MigrateResult;
  invoke: Invoke;
  /** Resolves once the calls already made have finished. */
  idle(): Promise<void>;
  /** A consistent copy of the live database at `file` (written atomically). */
  backup(file: string): { file: string; sizeBytes: number };
  /** Replaces the database with a backup, keeping a copy of the current one first. */
  restore(file: string): { restoredFrom: string; safetyBackup: string };
  close(): void;
}

function openAndMigrate(dbFile: string, dataDir: string, migrationsDir: string, now: () => Date) {
  const migrations = loadMigrations(migrationsDir);
  const db = openDatabase(dbFile, { maxSchemaVersion: migrations.length });
  try {
    const migration = migrate(db, migrations, (from) =>
      backupTo(db, path.join(backupsDir(dataDir), `before-migration-v${from}-${timestampForFile(now())}.db`)).file,
    );
    return { db, migration };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Opens (creating and migrating if needed) the database in `dataDir` and serves the handler map. */
export function openBackend(options: BackendOptions): Backend {
  const now = options.now ?? (() => new Date());
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir();
  const latestSchemaVersion = loadMigrations(migrationsDir).length;
  ensureWritableDir(options.dataDir);
  const dbFile = path.join(options.dataDir, DB_FILE_NAME);
  const opened = openAndMigrate(dbFile, options.dataDir, migrationsDir, now);
  let db: Db = opened.db;
  const jobs = new JobRegistry((event) => options.onEvent?.('progress', event));

  const context = (): BackendContext => ({
    db,
    dataDir: options.dataDir,
    dbFile,
    resourcesDir: options.resourcesDir ?? defaultResourcesDir(),
    version: options.version ?? '0.0.0',
    latestSchemaVersion,
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
    ...createDispatcher(handlers, context),
    backup(file) {
      return backupTo(db, path.resolve(file));
    },
    restore(file) {
      const source = path.resolve(file);
      checkRestorable(source, latestSchemaVersion);
      const safetyBackup = backupTo(db, path.join(backupsDir(options.dataDir), `before-restore-${timestampForFile(now())}.db`)).file;
      db.close();
      replaceDatabaseFile(source, dbFile);
      db = openAndMigrate(dbFile, options.dataDir, migrationsDir, now).db;
      writeAudit(db, options.actor ?? 'user', now().toISOString(), {
        action: 'restore',
        entity: 'database',
        after: { restoredFrom: source, safetyBackup },
      });
      return { restoredFrom: source, safetyBackup };
    },
    close() {
      db.close();
    },
  };
}
