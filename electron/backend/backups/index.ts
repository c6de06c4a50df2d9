/** The backups domain's public surface: what other backend domains may call. */
export { backupNow, backupStatus } from './copies';
export { backupFileNamed, listBackups, previewRestore, restoreDatabase } from './restore';
export { previewSource, restoreSource, storeUploadedBackup } from './sources';
