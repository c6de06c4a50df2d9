import type { LowerOfficeRow, LowerStatus } from '../../../shared/upperRollup/model';
import { writeAudit } from '../audit/auditLog';
import { AppError } from '../core/appError';
import type { BackendContext } from '../core/context';
import * as repo from './repository';
import { columns, int, intOrNull, oneOfOrNull, query, text, textOrNull, type RowOf } from '../db/rows';

const statusRow = columns({ id: int, code: text, name: text, fingerprint: textOrNull, dueOn: textOrNull, packageRowId: intOrNull, revision: intOrNull, receivedAt: textOrNull, packageStatus: oneOfOrNull(['submitted', 'received', 'returned']), reason: textOrNull });
type StatusRow = RowOf<typeof statusRow>;

function statusOf(row: StatusRow): LowerStatus {
  if (row.packageStatus === null) return 'missing';
  if (row.packageStatus !== 'submitted') return row.packageStatus;
  return row.dueOn && row.receivedAt && row.receivedAt.slice(0, 10) > row.dueOn ? 'late' : 'submitted';
}

/** The lower offices with their deadline and the status of their latest package of the year. */
export function lowerOffices(ctx: BackendContext, year: number): LowerOfficeRow[] {
  const rows = query(
    ctx.db,
      `SELECT o.id, o.code, o.name, o.fingerprint, d.due_on AS dueOn, p.id AS packageRowId, p.revision, p.received_at AS receivedAt,
              p.status AS packageStatus, p.reason
         FROM lower_offices o
         LEFT JOIN lower_office_deadlines d ON d.office_id = o.id AND d.year = @year
         LEFT JOIN received_packages p ON p.office_id = o.id AND p.year = @year
              AND p.revision = (SELECT max(revision) FROM received_packages q WHERE q.office_id = o.id AND q.year = @year)
        ORDER BY o.name, o.code`,
    statusRow,
  ).all({ year });
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    fingerprint: r.fingerprint,
    dueOn: r.dueOn,
    status: statusOf(r),
    packageRowId: r.packageRowId,
    revision: r.revision,
    receivedAt: r.receivedAt,
    reason: r.reason ?? '',
  }));
}

export function addLowerOffice(ctx: BackendContext, code: string, name: string): { id: number } {
  if (repo.findOfficeByCode(ctx.db, code)) throw new AppError('UPPER_OFFICE_EXISTS', { code });
  const at = ctx.now().toISOString();
  return ctx.db.transaction(() => {
    const id = repo.insertOffice(ctx.db, code, name, at);
    writeAudit(ctx.db, ctx.actor, at, { action: 'create', entity: 'lower_office', entityId: id, after: { code, name } });
    return { id };
  })();
}

export function setDeadline(ctx: BackendContext, officeId: number, year: number, dueOn: string | null): { dueOn: string | null } {
  if (!ctx.db.prepare('SELECT 1 FROM lower_offices WHERE id = ?').get(officeId)) throw new AppError('UPPER_OFFICE_NOT_FOUND', { office: officeId });
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    if (dueOn === null) ctx.db.prepare('DELETE FROM lower_office_deadlines WHERE office_id = ? AND year = ?').run(officeId, year);
    else ctx.db.prepare('INSERT INTO lower_office_deadlines (office_id, year, due_on) VALUES (?, ?, ?) ON CONFLICT (office_id, year) DO UPDATE SET due_on = excluded.due_on').run(officeId, year, dueOn);
    writeAudit(ctx.db, ctx.actor, at, { action: 'update', entity: 'lower_office_deadline', entityId: `${officeId}:${year}`, after: { dueOn } });
  })();
  return { dueOn };
}
