import fs from 'node:fs';
import path from 'node:path';
import type { BackupListed, RestoreDone, RestorePreview } from '../../../shared/backups/model';
import { AppError } from '../core/appError';
import type { BackendContext } from '../core/context';
import { writeAudit } from '../audit';
import { backupTo, checkRestorable, discardStaged, stageRestoreCopy, timestampForFile } from '../db/backup';
import { openDatabase, type Db } from '../db/connection';
import { acquireDataLock, type LockOptions } from '../db/dataLock';
import { loadMigrations } from '../db/migrations';
import { migrate } from '../db/migrate';
import { replaceContents } from '../db/replaceContents';
import { bumpMembersVersion } from '../members';
import { backupsDir } from '../paths/dataDir';
import { defaultMigrationsDir } from '../paths/resources';
import { int, scalar } from '../db/rows';

export type RestoreContext = Pick<BackendContext, 'db' | 'dataDir' | 'dbFile' | 'migrationsDir' | 'now' | 'actor'>;

const migrationsOf = (ctx: Pick<BackendContext, 'migrationsDir'>) => loadMigrations(ctx.migrationsDir ?? defaultMigrationsDir());

/** The copies in backups/ and backups/auto/, newest first. */
export function listBackups(ctx: Pick<BackendContext, 'dataDir'>): BackupListed[] {
  const root = backupsDir(ctx.dataDir);
  const inFolder = (sub: string) => {
    const dir = path.join(root, sub);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.db'))
      .map((entry) => {
        const stat = fs.statSync(path.join(dir, entry.name));
        return { name: sub ? `${sub}/${entry.name}` : entry.name, at: stat.mtime.toISOString(), sizeBytes: stat.size };
      });
  };
  return [...inFolder(''), ...inFolder('auto')].sort((a, b) => b.at.localeCompare(a.at) || a.name.localeCompare(b.name));
}

/** The file of a listed backup; a name that is not one is "not found", never a path elsewhere. */
export function backupFileNamed(ctx: Pick<BackendContext, 'dataDir'>, name: string): string {
  const listed = listBackups(ctx).find((backup) => backup.name === name);
  if (!listed) throw new AppError('FILE_NOT_FOUND', { file: name });
  return path.join(backupsDir(ctx.dataDir), ...name.split('/'));
}

/** Brings a staged restore copy up to our schema, so its rows fit the live tables column for column. */
function upgradeStaged(staged: string, ctx: Pick<BackendContext, 'migrationsDir'>): void {
  const copy = openDatabase(staged);
  try {
    migrate(copy, migrationsOf(ctx), () => '');
  } finally {
    copy.close();
  }
}

/** Stages a copy of `source`, checks it completely and upgrades it; `use` gets the copy, which is then discarded. */
function withCheckedCopy<T>(ctx: RestoreContext, source: string, shownAs: string, use: (staged: string) => T): T {
  const staged = stageRestoreCopy(source, ctx.dbFile);
  try {
    checkRestorable(staged, migrationsOf(ctx), shownAs);
    upgradeStaged(staged, ctx);
    return use(staged);
  } finally {
    discardStaged(staged);
  }
}

function countsOf(copy: Db): Pick<RestorePreview, 'unions' | 'members' | 'decisions'> {
  const count = (sql: string) => scalar(copy, sql, int).one();
  return {
    unions: count("SELECT count(*) FROM organizations WHERE level = 'grassroots' AND dissolved_on IS NULL"),
    members: count("SELECT count(*) FROM members WHERE status = 'active'"),
    decisions: count('SELECT count(*) FROM award_decisions'),
  };
}

/** What restoring the file `source` (described by `listed`) would bring back, read from a checked copy; the live data is not touched. */
export function previewFile(ctx: RestoreContext, source: string, listed: BackupListed): RestorePreview {
  return withCheckedCopy(ctx, source, listed.name, (staged) => {
    const copy = openDatabase(staged);
    try {
      return { ...listed, ...countsOf(copy) };
    } finally {
      copy.close();
    }
  });
}

/** What restoring the backup `name` would bring back. */
export function previewRestore(ctx: RestoreContext, name: string): RestorePreview {
  const source = backupFileNamed(ctx, name);
  return previewFile(ctx, source, listBackups(ctx).find((backup) => backup.name === name)!);
}

/**
 * Replaces the live data with a backup after checking it, keeping a copy of the current data first.
 * A refusal names the file as `shownAs` (the name the user knows it by).
 */
export function restoreDatabase(ctx: RestoreContext, source: string, lock: LockOptions = {}, shownAs = source): RestoreDone {
  const release = acquireDataLock(ctx.dataDir, 'restore', lock);
  try {
    return withCheckedCopy(ctx, source, shownAs, (staged) => {
      const safetyBackup = backupTo(ctx.db, path.join(backupsDir(ctx.dataDir), `before-restore-${timestampForFile(ctx.now())}.db`)).file;
      replaceContents(ctx.db, staged);
      bumpMembersVersion(ctx.db);
      writeAudit(ctx.db, ctx.actor, ctx.now().toISOString(), {
        action: 'restore',
        entity: 'database',
        after: { restoredFrom: source, safetyBackup },
      });
      return { restoredFrom: source, safetyBackup };
    });
  } finally {
    release();
  }
}
