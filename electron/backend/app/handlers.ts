import type { appContract } from '../../../shared/ipc/contracts/app';
import type { DomainHandlers } from '../core/handler';
import { backupNow, backupStatus } from '../backups/copies';
import { backupFileNamed, listBackups, previewRestore, restoreDatabase } from '../backups/restore';
import { previewSource, restoreSource, storeUploadedBackup } from '../backups/sources';
import { schemaVersion } from '../db/migrate';
import { isSetupDone } from '../settings/service';
import { verifyDatabase } from './verify';
import { hasDemoData } from '../setup/demoData';

export const appHandlers: DomainHandlers<keyof typeof appContract> = {
  'app:info': (ctx) => ({
    version: ctx.version,
    dataDir: ctx.dataDir,
    dbFile: ctx.dbFile,
    schemaVersion: schemaVersion(ctx.db),
    setupDone: isSetupDone(ctx.db),
    demoData: hasDemoData(ctx.db),
  }),
  'db:verify': (ctx) => verifyDatabase(ctx),
  'db:backup': (ctx, { target }) => backupNow(ctx, target),
  'backups:status': (ctx) => backupStatus(ctx),
  'backups:list': (ctx) => listBackups(ctx),
  'backups:preview': (ctx, chosen) => ('name' in chosen ? previewRestore(ctx, chosen.name) : previewSource(ctx, chosen.source)),
  'backups:restore': (ctx, chosen) => ('name' in chosen ? restoreDatabase(ctx, backupFileNamed(ctx, chosen.name)) : restoreSource(ctx, chosen.source)),
  'backups:upload': (_ctx, upload) => storeUploadedBackup(upload),
  'jobs:cancel': (ctx, { jobId }) => ({ cancelled: ctx.cancelJob(jobId) }),
};

