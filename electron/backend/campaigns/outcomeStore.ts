import type { Page } from '../../../shared/campaigns/model';
import { AppError } from '../core/appError';
import type { BackendContext } from '../core/context';
import type { Db } from '../db/connection';
import { writeAudit } from '../audit';
import { camelRow, columnsOf } from './rows';
import { registerFold } from '../db/foldFunction';
import { foldVietnamese } from '../../../shared/domain/text/normalize';
import { int, query, scalar, type Shape } from '../db/rows';

/** One kind of record kept under a campaign (or under a contest): how to list, check and store it. */
export interface OutcomeKind<D extends object, R extends { id: number }> {
  table: string;
  parent: 'campaign_id' | 'contest_id';
  /** SELECT … FROM <table> t [JOIN …]; the store adds WHERE, ORDER BY and paging. */
  select: string;
  /** The columns `select` returns, as stored (snake_case). */
  row: Shape;
  searchColumn: string;
  booleans?: readonly string[];
  requireParent(db: Db, parentId: number): void;
  /** Validates and completes a draft (e.g. a member's name); throws AppError naming the field. */
  check(db: Db, draft: D): D;
  /** Writes nested rows (e.g. initiative authors) after the row itself. */
  writeNested?(db: Db, id: number, draft: D): void;
  /** Adds nested rows to a page of items. */
  decorate?(db: Db, items: R[]): R[];
}

export interface PageQuery {
  offset: number;
  limit: number;
  search?: string | undefined;
}

export function listOutcomes<D extends object, R extends { id: number }>(db: Db, kind: OutcomeKind<D, R>, parentId: number, page: PageQuery): Page<R> {
  kind.requireParent(db, parentId);
  const where = [`t.${kind.parent} = ?`];
  const params: unknown[] = [parentId];
  const search = page.search ? foldVietnamese(page.search) : '';
  if (search) {
    // Typed with or without diacritics: both sides folded (đ = d, no tones).
    registerFold(db);
    where.push(`instr(fold_vi(${kind.searchColumn}), ?) > 0`);
    params.push(search);
  }
  const whereSql = where.join(' AND ');
  // Counted over the kind's own SELECT: its search column may name a joined table (o.name).
  const total = scalar(db, `SELECT count(*) FROM (${kind.select} WHERE ${whereSql})`, int).one(...params);
  const rows = query(db, `${kind.select} WHERE ${whereSql} ORDER BY t.id LIMIT ? OFFSET ?`, kind.row).all(...params, page.limit, page.offset);
  const items = rows.map((row) => camelRow<R>(row, kind.booleans));
  return { total, items: kind.decorate ? kind.decorate(db, items) : items };
}

export function getOutcome<D extends object, R extends { id: number }>(db: Db, kind: OutcomeKind<D, R>, id: number): R {
  const row = query(db, `${kind.select} WHERE t.id = ?`, kind.row).get(id);
  if (!row) throw new AppError('CAMPAIGN_RECORD_NOT_FOUND', { id });
  const item = camelRow<R>(row, kind.booleans);
  return kind.decorate ? kind.decorate(db, [item])[0]! : item;
}

const entityOf = (kind: { table: string }) => kind.table;

/** Creates (id undefined) or updates one record, with its audit row, in one transaction. */
export function saveOutcome<D extends object, R extends { id: number }>(
  ctx: BackendContext,
  kind: OutcomeKind<D, R>,
  parentId: number,
  id: number | undefined,
  input: D,
): R {
  const at = ctx.now().toISOString();
  const savedId = ctx.db.transaction(() => {
    kind.requireParent(ctx.db, parentId);
    const draft = kind.check(ctx.db, input);
    const columns = columnsOf(draft as Record<string, unknown>);
    let rowId: number;
    let before: R | undefined;
    if (id === undefined) {
      const names = [kind.parent, ...Object.keys(columns)];
      const info = ctx.db
        .prepare(`INSERT INTO ${kind.table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`)
        .run({ ...columns, [kind.parent]: parentId });
      rowId = Number(info.lastInsertRowid);
    } else {
      before = getOutcome(ctx.db, kind, id);
      const sets = Object.keys(columns).map((n) => `${n} = @${n}`);
      const info = ctx.db.prepare(`UPDATE ${kind.table} SET ${sets.join(', ')} WHERE id = @id AND ${kind.parent} = @parent`).run({ ...columns, id, parent: parentId });
      if (info.changes === 0) throw new AppError('CAMPAIGN_RECORD_NOT_FOUND', { id });
      rowId = id;
    }
    kind.writeNested?.(ctx.db, rowId, draft);
    writeAudit(ctx.db, ctx.actor, at, {
      action: id === undefined ? 'create' : 'update',
      entity: entityOf(kind),
      entityId: rowId,
      ...(before ? { before } : {}),
      after: { [kind.parent]: parentId, ...draft },
    });
    return rowId;
  })();
  return getOutcome(ctx.db, kind, savedId);
}

export function deleteOutcomes<D extends object, R extends { id: number }>(ctx: BackendContext, kind: OutcomeKind<D, R>, ids: number[]): { deleted: number } {
  const at = ctx.now().toISOString();
  return ctx.db.transaction(() => {
    const remove = ctx.db.prepare(`DELETE FROM ${kind.table} WHERE id = ?`);
    for (const id of ids) {
      const before = getOutcome(ctx.db, kind, id);
      remove.run(id);
      writeAudit(ctx.db, ctx.actor, at, { action: 'delete', entity: entityOf(kind), entityId: id, before });
    }
    return { deleted: ids.length };
  })();
}
