import { AUDIT_KIND_ENTITIES, auditQuerySchema, type AuditPage, type AuditQuery } from '../../../shared/audit/model';
import type { BackendContext } from '../core/context';
import { describeAuditRow, type AuditRow } from './summary';

/** The audit rows that match a filter, newest first, each with its summary in the user's language. */
export function listAudit(ctx: BackendContext, input: AuditQuery): AuditPage {
  const query = auditQuerySchema.parse(input);
  const where: string[] = [];
  const params: unknown[] = [];
  const entities: string[] = [
    ...(query.kind ? AUDIT_KIND_ENTITIES[query.kind] : []),
    ...(query.entity ? (AUDIT_KIND_ENTITIES[query.entity as keyof typeof AUDIT_KIND_ENTITIES] ?? [query.entity]) : []),
  ];
  if (entities.length > 0) {
    where.push(`entity IN (${entities.map(() => '?').join(', ')})`);
    params.push(...entities);
  }
  if (query.entityId !== undefined) {
    where.push('entity_id = ?');
    params.push(query.entityId);
  }
  // `at` is an ISO timestamp: a day's rows sort between the day itself and the next day's first instant.
  if (query.since) {
    where.push('at >= ?');
    params.push(query.since);
  }
  if (query.until) {
    where.push("at < date(?, '+1 day')");
    params.push(query.until);
  }
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = ctx.db.prepare(`SELECT count(*) FROM audit_log ${clause}`).pluck().get(...params) as number;
  const rows = ctx.db
    .prepare(`SELECT id, at, actor, action, entity, entity_id, before, after FROM audit_log ${clause} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`)
    .all(...params, query.limit, query.offset) as AuditRow[];
  // The last audit row a deletion wrote is the one its undo hangs on.
  const undoable = new Map(
    (ctx.db.prepare("SELECT audit_id, id FROM import_runs WHERE undone_at IS NULL AND kind LIKE 'deleted:%' AND audit_id BETWEEN ? AND ?").all(
      Math.min(...rows.map((r) => r.id), 0),
      Math.max(...rows.map((r) => r.id), 0),
    ) as { audit_id: number; id: number }[]).map((r) => [r.audit_id, r.id]),
  );
  return { total, rows: rows.map((row) => ({ ...describeAuditRow(row, ctx.locale), undoId: undoable.get(row.id) ?? null })) };
}
