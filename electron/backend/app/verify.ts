import fs from 'node:fs';
import type { VerifyReport } from '../../../shared/ipc/contracts/app';
import type { BackendContext } from '../core/context';
import { integrityCheck } from '../db/backup';
import { schemaVersion } from '../db/migrate';
import { loadMigrations } from '../db/migrations';
import { schemaProblems } from '../db/schemaCheck';
import { defaultMigrationsDir } from '../paths/resources';

export function verifyDatabase(ctx: BackendContext): VerifyReport {
  const integrity = integrityCheck(ctx.db);
  const foreignKeyProblems = ctx.db.pragma('foreign_key_check') as unknown[];
  const version = schemaVersion(ctx.db);
  const migrations = loadMigrations(ctx.migrationsDir ?? defaultMigrationsDir());
  const schema = schemaProblems(ctx.db, migrations, Math.min(version, migrations.length));
  const problems = [
    ...(integrity.join() === 'ok' ? [] : integrity),
    ...(foreignKeyProblems.length ? [`foreign_key_check: ${foreignKeyProblems.length}`] : []),
    ...(schema.missingTables.length ? [`missing tables: ${schema.missingTables.join(', ')}`] : []),
    ...(schema.foreignTriggers.length ? [`unknown triggers: ${schema.foreignTriggers.join(', ')}`] : []),
  ];
  return {
    file: ctx.dbFile,
    sizeBytes: fs.statSync(ctx.dbFile).size,
    schemaVersion: version,
    latestSchemaVersion: ctx.latestSchemaVersion,
    integrity: problems.length ? problems : ['ok'],
    healthy: problems.length === 0 && version === ctx.latestSchemaVersion,
  };
}
