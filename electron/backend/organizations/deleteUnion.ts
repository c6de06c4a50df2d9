import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { writeAudit } from '../audit';
import { requireUnionDetail } from './unionService';

/** Rows that are part of a CĐCS itself (its management history and dated facts), not uses of it. */
const OWN_ROWS = new Set(['organization_management', 'organization_facts']);

/**
 * Deletes a CĐCS created by mistake and never used: nothing but its own rows refers to it (no
 * member, award, rating, form, cluster, target…). One in use can only be dissolved.
 */
export function deleteUnusedUnion(ctx: BackendContext, id: number): { deleted: number } {
  const union = requireUnionDetail(ctx, id);
  const tables = ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  for (const table of tables) {
    for (const fk of ctx.db.pragma(`foreign_key_list("${table}")`) as { table: string; from: string }[]) {
      if (fk.table !== 'organizations' || (OWN_ROWS.has(table) && fk.from === 'organization_id')) continue;
      const uses = ctx.db.prepare(`SELECT count(*) FROM "${table}" WHERE "${fk.from}" = ?`).pluck().get(id) as number;
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
