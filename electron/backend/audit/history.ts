import { AUDIT_KIND_ENTITIES, auditQuerySchema, type AuditPage, type AuditQuery } from '../../../shared/audit/model';
import type { BackendContext } from '../core/context';
import { columns, int, query, scalar, statement } from '../db/rows';
import { auditRow, describeAuditRow } from './summary';

const undoableDeletions = statement(
  "SELECT audit_id, id FROM import_runs WHERE undone_at IS NULL AND kind LIKE 'deleted:%' AND audit_id BETWEEN ? AND ?",
  columns({ audit_id: int, id: int }),
);

/** The audit rows that match a filter, newest first, each with its summary in the user's language. */
export function listAudit(ctx: BackendContext, input: AuditQuery): AuditPage {
  const filter = auditQuerySchema.parse(input);
  const where: string[] = [];
  const params: unknown[] = [];
  const entities: string[] = [
    ...(filter.kind ? AUDIT_KIND_ENTITIES[filter.kind] : []),
    ...(filter.entity ? (AUDIT_KIND_ENTITIES[filter.entity as keyof typeof AUDIT_KIND_ENTITIES] ?? [filter.entity]) : []),
  ];
  if (entities.length > 0) {
    where.push(`entity IN (${entities.map(() => '?').join(', ')})`);
    params.push(...entities);
  }
  if (filter.entityId !== undefined) {
    where.push('entity_id = ?');
    params.push(filter.entityId);
  }
  // `at` is an ISO timestamp: a day's rows sort between the day itself and the next day's first instant.
  if (filter.since) {
    where.push('at >= ?');
    params.push(filter.since);
  }
  if (filter.until) {
    where.push("at < date(?, '+1 day')");
    params.push(filter.until);
  }
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = scalar(ctx.db, `SELECT count(*) FROM audit_log ${clause}`, int).get(...params) ?? 0;
  const rows = query(ctx.db, `SELECT id, at, actor, action, entity, entity_id, before, after FROM audit_log ${clause} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`, auditRow).all(
    ...params,
    filter.limit,
    filter.offset,
  );
  // The last audit row a deletion wrote is the one its undo hangs on.
  const undoable = new Map(
    undoableDeletions(ctx.db)
      .all(Math.min(...rows.map((r) => r.id), 0), Math.max(...rows.map((r) => r.id), 0))
      .map((r) => [r.audit_id, r.id]),
  );
  return { total, rows: rows.map((row) => ({ ...describeAuditRow(row, ctx.locale), undoId: undoable.get(row.id) ?? null })) };
}
