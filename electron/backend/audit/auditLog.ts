import type { Db } from '../db/connection';
import { run, sql } from '../db/query';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/** One row per change: who, when, what, before → after. Call inside the change's transaction. */
export function writeAudit(db: Db, actor: string, at: string, entry: AuditEntry): void {
  run(
    db,
    sql.insertInto('audit_log').values({
      at,
      actor,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId == null ? null : String(entry.entityId),
      before: json(entry.before),
      after: json(entry.after),
    }),
  );
}
