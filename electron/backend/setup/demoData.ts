import type { Db } from '../db/connection';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { writeAudit } from '../audit/auditLog';
import { bumpMembersVersion } from '../members/version';
import { readSetting, writeSetting } from '../settings/repository';
import { columns, int, query, scalar, text } from '../db/rows';

/** Where each table stood before the demo was written: the highest rowid, or the row count of a WITHOUT ROWID table. */
type Baseline = Record<string, number>;

export const DEMO_BASELINE_KEY = 'demo.baseline';
/** Kept through a clear: the user's language choice. */
const KEPT_SETTINGS = ['ui.language'];

interface TableInfo {
  name: string;
  withoutRowid: boolean;
}

function dataTables(db: Db): TableInfo[] {
  const rows = query(db, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'settings' ORDER BY name", columns({ name: text, sql: text })).all();
  return rows.map((row) => ({ name: row.name, withoutRowid: /WITHOUT\s+ROWID/i.test(row.sql) }));
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** What the tables hold now (reference rows from migrations, a user's language): a demo clear keeps exactly this. */
export function captureBaseline(db: Db): Baseline {
  const baseline: Baseline = {};
  for (const table of dataTables(db)) {
    const sql = table.withoutRowid ? `SELECT count(*) FROM ${quoted(table.name)}` : `SELECT coalesce(max(rowid), 0) FROM ${quoted(table.name)}`;
    baseline[table.name] = scalar(db, sql, int).one();
  }
  return baseline;
}

export function rememberDemoBaseline(db: Db, baseline: Baseline, at: string): void {
  writeSetting(db, DEMO_BASELINE_KEY, baseline, at);
}

export function hasDemoData(db: Db): boolean {
  const baseline = readSetting(db, DEMO_BASELINE_KEY);
  return typeof baseline === 'object' && baseline !== null;
}

/**
 * Empties a demo office in one transaction: every row written since the baseline (the demo and
 * whatever was typed on top of it) and every setting but the language, so the next start is the
 * first run again. Reference rows the migrations wrote stay.
 */
export function clearDemoData(ctx: BackendContext): { cleared: boolean } {
  const { db } = ctx;
  const stored = readSetting(db, DEMO_BASELINE_KEY);
  if (typeof stored !== 'object' || stored === null) throw new AppError('DEMO_NOT_LOADED');
  const baseline = stored as Baseline;
  const at = ctx.now().toISOString();
  db.exec('BEGIN IMMEDIATE');
  try {
    // Rows reference each other across tables: check the keys once, at the commit.
    db.pragma('defer_foreign_keys = ON');
    for (const table of dataTables(db)) {
      const kept = baseline[table.name] ?? 0;
      if (table.withoutRowid) {
        if (kept === 0) db.prepare(`DELETE FROM ${quoted(table.name)}`).run();
      } else {
        db.prepare(`DELETE FROM ${quoted(table.name)} WHERE rowid > ?`).run(kept);
      }
    }
    db.prepare(`DELETE FROM settings WHERE key NOT IN (${KEPT_SETTINGS.map(() => '?').join(',')})`).run(...KEPT_SETTINGS);
    writeAudit(db, ctx.actor, at, { action: 'delete', entity: 'settings', entityId: 'demo', before: 'demo data', after: null });
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
  bumpMembersVersion(db);
  return { cleared: true };
}
