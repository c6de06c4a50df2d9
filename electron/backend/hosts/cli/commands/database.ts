import type { Command } from '../context';

export const init: Command = {
  async run(cx) {
    const backend = cx.backend();
    const info = await cx.call('app:info', {});
    return {
      json: { dataDir: info.dataDir, dbFile: info.dbFile, schemaVersion: info.schemaVersion, migratedFrom: backend.migration.from },
      text: cx.message('initDone', { file: info.dbFile, version: info.schemaVersion }),
    };
  },
};

export const verify: Command = {
  async run(cx) {
    const report = await cx.call('db:verify', {});
    const params = {
      file: report.file,
      version: report.schemaVersion,
      latest: report.latestSchemaVersion,
      problems: report.integrity.join('; '),
    };
    return {
      json: report,
      text: cx.message(report.healthy ? 'verifyHealthy' : 'verifyUnhealthy', params),
      exitCode: report.healthy ? 0 : 1,
    };
  },
};

export const backup: Command = {
  options: { out: { type: 'string' } },
  async run(cx) {
    const out = cx.values.out;
    if (typeof out !== 'string' || !out) throw cx.usageError('missingArgument', { command: 'backup', what: '--out FILE' });
    const result = cx.backend().backup(out);
    return { json: result, text: cx.message('backupDone', { file: result.file, size: result.sizeBytes }) };
  },
};

export const restore: Command = {
  async run(cx) {
    const file = cx.positionals[1];
    if (!file) throw cx.usageError('missingArgument', { command: 'restore', what: 'FILE' });
    const result = cx.backend().restore(file);
    return {
      json: result,
      text: cx.message('restoreDone', { file: result.restoredFrom, safety: result.safetyBackup }),
    };
  },
};
