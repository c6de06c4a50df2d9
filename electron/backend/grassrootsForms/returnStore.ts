/**
 * Returned forms in the database. Saving a form for a CĐCS and period that already has one marks
 * the old one replaced (kept in the history) and makes the new one current.
 */
import { writeAudit } from '../audit/auditLog';
import type { Db } from '../db/connection';
import { type RowOf, columns, int, oneOf, query, real, scalar, text, textOrNull } from '../db/rows';

export interface NewReturn {
  organizationId: number;
  period: string;
  source: 'file' | 'typed';
  fileName: string;
  catalogueVersion: string;
  values: ReadonlyMap<string, number>;
}

/** Saves one return; call inside the drop's transaction. Returns whether it replaced an earlier one. */
export function saveReturn(db: Db, actor: string, at: string, form: NewReturn): { id: number; replaced: boolean } {
  const previous = scalar(db, 'SELECT id FROM form_returns WHERE organization_id = ? AND period = ? AND replaced_at IS NULL', int).get(form.organizationId, form.period);
  if (previous !== undefined) db.prepare('UPDATE form_returns SET replaced_at = ? WHERE id = ?').run(at, previous);
  const id = Number(
    db
      .prepare('INSERT INTO form_returns (organization_id, period, source, file_name, catalogue, received_at, received_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(form.organizationId, form.period, form.source, form.fileName, form.catalogueVersion, at, actor).lastInsertRowid,
  );
  const insert = db.prepare('INSERT INTO form_values (return_id, code, value) VALUES (?, ?, ?)');
  for (const [code, value] of form.values) insert.run(id, code, value);
  writeAudit(db, actor, at, {
    action: previous === undefined ? 'create' : 'replace',
    entity: 'form_returns',
    entityId: id,
    before: previous === undefined ? undefined : { id: previous },
    after: { organizationId: form.organizationId, period: form.period, file: form.fileName, values: Object.fromEntries(form.values) },
  });
  return { id, replaced: previous !== undefined };
}

/** The current return's figures of every CĐCS for a period: organization id → code → value. */
export function currentValues(db: Db, period: string): Map<number, Map<string, number>> {
  const rows = query(db, `SELECT r.organization_id, v.code, v.value FROM form_returns r JOIN form_values v ON v.return_id = r.id
        WHERE r.period = ? AND r.replaced_at IS NULL`, columns({ organization_id: int, code: text, value: real })).all(period);
  const byUnion = new Map<number, Map<string, number>>();
  for (const { organization_id: org, code, value } of rows) {
    let values = byUnion.get(org);
    if (!values) byUnion.set(org, (values = new Map()));
    values.set(code, value);
  }
  return byUnion;
}

const returnHistoryRow = columns({ id: int, source: oneOf(['file', 'typed']), fileName: text, receivedAt: text, replacedAt: textOrNull });
export type ReturnHistoryRow = RowOf<typeof returnHistoryRow>;

/** Every return of a CĐCS for a period, the newest first. */
export function returnHistory(db: Db, organizationId: number, period: string): ReturnHistoryRow[] {
  return query(db, `SELECT id, source, file_name AS fileName, received_at AS receivedAt, replaced_at AS replacedAt
         FROM form_returns WHERE organization_id = ? AND period = ? ORDER BY id DESC`, returnHistoryRow).all(organizationId, period);
}
