import type { BackendContext } from '../core/context';
import { interpolate } from '../../../shared/i18n/locale';
import { formatNumber } from '../../../shared/domain/format/number';
import { auditTexts } from '../../../shared/audit/texts';
import { deleteMembers } from '../members/service';
import { deleteDecision } from '../awards/decisions';
import { deleteCluster } from '../clusters/clusterService';
import { deleteUnusedUnion } from '../organizations/deleteUnion';
import { deleteWithUndo } from './withUndo';
import { scalar, text } from '../db/rows';

/** "Nguyễn Văn An", or "Nguyễn Văn An, Trần Thị Bình và 3 đoàn viên khác" style: what the undo names. */
function membersLabel(ctx: BackendContext, ids: number[]): string {
  const names = scalar(ctx.db, `SELECT full_name FROM members WHERE id IN (${ids.slice(0, 3).map(() => '?').join(', ')})`, text).all(...ids.slice(0, 3));
  const entity = auditTexts[ctx.locale].entities.members ?? 'members';
  const rest = ids.length - names.length;
  return rest > 0 ? `${names.join(', ')} (+${formatNumber(rest)} ${entity})` : names.join(', ');
}

const one = (ctx: BackendContext, sql: string, id: number) => String(ctx.db.prepare(sql).pluck().get(id) ?? id);
const named = (ctx: BackendContext, entity: string, name: string) => interpolate('{{entity}} {{name}}', { entity: auditTexts[ctx.locale].entities[entity] ?? entity, name });

/** The deletes a "Hoàn tác" can take back: each records what it removed (children included). */
export const undoableDeletes = {
  members: (ctx: BackendContext, ids: number[]) => deleteWithUndo(ctx, 'members', named(ctx, 'members', membersLabel(ctx, ids)), () => deleteMembers(ctx, ids)),
  decision: (ctx: BackendContext, id: number) =>
    deleteWithUndo(ctx, 'award_decisions', named(ctx, 'award_decisions', one(ctx, 'SELECT number FROM award_decisions WHERE id = ?', id)), () => deleteDecision(ctx, id)),
  cluster: (ctx: BackendContext, id: number) =>
    deleteWithUndo(ctx, 'clusters', named(ctx, 'clusters', one(ctx, 'SELECT name FROM clusters WHERE id = ?', id)), () => deleteCluster(ctx, id)),
  union: (ctx: BackendContext, id: number) =>
    deleteWithUndo(ctx, 'organizations', named(ctx, 'organizations', one(ctx, 'SELECT name FROM organizations WHERE id = ?', id)), () => deleteUnusedUnion(ctx, id)),
};
