import type { Db } from '../db/connection';
import { statement } from '../db/rows';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

const insertAudit = statement('INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)');

/** One row per change: who, when, what, before → after. Call inside the change's transaction. */
export function writeAudit(db: Db, actor: string, at: string, entry: AuditEntry): void {
  insertAudit(db).run(at, actor, entry.action, entry.entity, entry.entityId == null ? null : String(entry.entityId), json(entry.before), json(entry.after));
}
