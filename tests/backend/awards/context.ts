import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { BackendContext } from '../../../electron/backend/core/context';
import { openDatabase, type Db } from '../../../electron/backend/db/connection';
import { loadMigrations } from '../../../electron/backend/db/migrations';
import { migrate } from '../../../electron/backend/db/migrate';
import { MIGRATIONS_DIR, PROJECT_ROOT, FIXED_NOW } from '../../fixtures/backend';

/** A migrated database in a temp folder and a backend context over it, for calling services directly. */
export function useAwardsContext() {
  const opened: { db: Db; dir: string }[] = [];
  afterEach(() => {
    for (const { db, dir } of opened.splice(0)) {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  return (): BackendContext => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uniondesk-awards-'));
    const dbFile = path.join(dir, 'uniondesk.db');
    const db = openDatabase(dbFile);
    migrate(db, loadMigrations(MIGRATIONS_DIR), () => '');
    opened.push({ db, dir });
    return {
      db,
      dataDir: dir,
      dbFile,
      resourcesDir: path.join(PROJECT_ROOT, 'resources'),
      version: '0.0.0',
      latestSchemaVersion: loadMigrations(MIGRATIONS_DIR).length,
      actor: 'test',
      locale: 'vi',
      now: FIXED_NOW,
      startJob: () => {
        throw new Error('no jobs in this context');
      },
      cancelJob: () => false,
    };
  };
}

export const kindId = (ctx: BackendContext, code: string): number =>
  ctx.db.prepare('SELECT id FROM award_kinds WHERE code = ?').pluck().get(code) as number;

let unionSeq = 0;
/** A CĐCS row and one member in it, inserted raw (enough for awards). */
export function unionWithMember(ctx: BackendContext, unionName = 'Công đoàn cơ sở Công ty May Đức Giang', memberName = 'Nguyễn Thị Hằng', status = 'active') {
  const at = FIXED_NOW().toISOString();
  unionSeq += 1;
  const orgId = Number(
    ctx.db
      .prepare(`INSERT INTO organizations (level, code, name, name_fold, created_at, updated_at) VALUES ('grassroots', ?, ?, ?, ?, ?)`)
      .run(`T${unionSeq}`, unionName, unionName.toLowerCase(), at, at).lastInsertRowid,
  );
  const memberId = Number(
    ctx.db
      .prepare(
        `INSERT INTO members (organization_id, full_name, family_name, middle_name, given_name, name_fold, sort_key, status, created_at, updated_at)
         VALUES (?, ?, '', '', '', ?, ?, ?, ?, ?)`,
      )
      .run(orgId, memberName, memberName.toLowerCase(), memberName.toLowerCase(), status, at, at).lastInsertRowid,
  );
  return { orgId, memberId };
}

/** A decision row inserted raw. */
export function decision(
  ctx: BackendContext,
  values: { number?: string; decidedOn?: string; formCode?: string | null; titleCode?: string | null; issuerLevel?: string; scope?: string } = {},
): number {
  const decidedOn = values.decidedOn ?? '2025-03-10';
  const at = FIXED_NOW().toISOString();
  return Number(
    ctx.db
      .prepare(
        `INSERT INTO award_decisions (year, number, sequence, decided_on, issuer_level, scope, form_kind_id, title_kind_id, created_at, updated_at)
         VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        Number(decidedOn.slice(0, 4)),
        values.number ?? '12/QĐ-LĐLĐ',
        decidedOn,
        values.issuerLevel ?? 'own_office',
        values.scope ?? 'all_round',
        values.formCode === null ? null : kindId(ctx, values.formCode ?? 'GK'),
        values.titleCode ? kindId(ctx, values.titleCode) : null,
        at,
        at,
      ).lastInsertRowid,
  );
}
