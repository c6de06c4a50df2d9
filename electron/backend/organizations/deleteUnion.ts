import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { writeAudit } from '../audit/auditLog';
import { requireUnionDetail } from './unionService';
import { int, scalar, text } from '../db/rows';

/** Rows that are part of a CĐCS itself (its management history and dated facts), not uses of it. */
const OWN_ROWS = new Set(['organization_management', 'organization_facts']);

/**
 * Deletes a CĐCS created by mistake and never used: nothing but its own rows refers to it (no
 * member, award, rating, form, cluster, target…). One in use can only be dissolved.
 */
export function deleteUnusedUnion(ctx: BackendContext, id: number): { deleted: number } {
  const union = requireUnionDetail(ctx, id);
  const tables = scalar(ctx.db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", text).all();
  for (const table of tables) {
    for (const fk of ctx.db.pragma(`foreign_key_list("${table}")`) as { table: string; from: string }[]) {
      if (fk.table !== 'organizations' || (OWN_ROWS.has(table) && fk.from === 'organization_id')) continue;
      const uses = scalar(ctx.db, `SELECT count(*) FROM "${table}" WHERE "${fk.from}" = ?`, int).one(id);
      if (uses > 0) throw new AppError('UNION_IN_USE', { name: union.name });
    }
  }
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    ctx.db.prepare('DELETE FROM organizations WHERE id = ?').run(id);
    writeAudit(ctx.db, ctx.actor, at, { action: 'delete', entity: 'organizations', entityId: id, before: union });
  })();
  return { deleted: 1 };
}
