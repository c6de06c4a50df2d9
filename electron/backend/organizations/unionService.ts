import type { UnionDetail, UnionDraft, UnionListItem } from '../../../shared/organizations/union';
import { foldVietnamese } from '../../../shared/domain/text/normalize';
import { formatDateVi } from '../../../shared/domain/format/date';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { writeAudit } from '../audit/auditLog';
import { changedFacts, setOrganizationFacts } from './facts';
import { ownOfficeId } from './ownOffice';
import { nextUnionCode, unionColumns, unionDetail } from './unionRepository';
import { columns, int, intOrNull, query, text } from '../db/rows';

const collator = new Intl.Collator('vi');

export function sortUnions(items: UnionListItem[]): UnionListItem[] {
  return items.sort((a, b) => collator.compare(a.name, b.name) || a.id - b.id);
}

function requireOffice(ctx: BackendContext): number {
  const id = ownOfficeId(ctx.db);
  if (id === null) throw new AppError('OFFICE_NOT_SET');
  return id;
}

export function requireUnionDetail(ctx: BackendContext, id: number): UnionDetail {
  const union = unionDetail(ctx.db, id);
  if (!union) throw new AppError('UNION_NOT_FOUND', { ref: id });
  return union;
}

function assertCodeFree(ctx: BackendContext, code: string, selfId?: number): void {
  const clash = query(ctx.db, 'SELECT id, name FROM organizations WHERE code = ?', columns({ id: int, name: text })).get(code);
  if (clash && clash.id !== selfId) throw new AppError('UNION_CODE_TAKEN', { code, name: clash.name });
}

/** Inserts a CĐCS under our office with its first management row; the caller holds the transaction. */
export function insertUnion(ctx: BackendContext, draft: UnionDraft, at: string): number {
  const officeId = requireOffice(ctx);
  const code = draft.code || nextUnionCode(ctx.db);
  assertCodeFree(ctx, code);
  const columns = { ...unionColumns(draft), code };
  const id = Number(
    ctx.db
      .prepare(
        `INSERT INTO organizations (parent_id, level, code, name, short_name, name_fold, sector, province_code, ward_name, address,
           founded_on, founding_decision, workers_total, workers_female, chair_name, phone, created_at, updated_at)
         VALUES (@parent_id, 'grassroots', @code, @name, @short_name, @name_fold, @sector, @province_code, @ward_name, @address,
           @founded_on, @founding_decision, @workers_total, @workers_female, @chair_name, @phone, @at, @at)`,
      )
      .run({ ...columns, parent_id: officeId, at }).lastInsertRowid,
  );
  ctx.db
    .prepare('INSERT INTO organization_management (organization_id, manager_id, valid_from, decision_no) VALUES (?, ?, ?, ?)')
    .run(id, officeId, draft.foundedOn ?? at.slice(0, 10), draft.foundingDecision);
  writeAudit(ctx.db, ctx.actor, at, { action: 'create', entity: 'organizations', entityId: id, after: columns });
  return id;
}

/**
 * Saves a CĐCS's details; a changed number of workers, women workers or sector holds from
 * `factsFrom` (default today), so the figures of earlier cut-offs keep the value they had.
 */
export function updateUnion(ctx: BackendContext, id: number, draft: UnionDraft, at: string, factsFrom = at.slice(0, 10)): void {
  const before = requireUnionDetail(ctx, id);
  const code = draft.code || before.code || nextUnionCode(ctx.db);
  assertCodeFree(ctx, code, id);
  const columns = { ...unionColumns(draft), code };
  ctx.db
    .prepare(
      `UPDATE organizations SET code = @code, name = @name, short_name = @short_name, name_fold = @name_fold, sector = @sector,
         province_code = @province_code, ward_name = @ward_name, address = @address, founded_on = @founded_on,
         founding_decision = @founding_decision, workers_total = @workers_total, workers_female = @workers_female,
         chair_name = @chair_name, phone = @phone, updated_at = @at
       WHERE id = @id`,
    )
    .run({ ...columns, id, at, sector: before.sector, workers_total: before.workersTotal, workers_female: before.workersFemale });
  setOrganizationFacts(ctx.db, id, changedFacts(before, draft), factsFrom);
  writeAudit(ctx.db, ctx.actor, at, { action: 'update', entity: 'organizations', entityId: id, before, after: { ...columns, factsFrom } });
}

export function saveUnion(ctx: BackendContext, id: number | undefined, draft: UnionDraft, factsFrom?: string): UnionDetail {
  const at = ctx.now().toISOString();
  const savedId = ctx.db.transaction(() => {
    if (id === undefined) return insertUnion(ctx, draft, at);
    updateUnion(ctx, id, draft, at, factsFrom);
    return id;
  })();
  return requireUnionDetail(ctx, savedId);
}

/** Closing the open management row needs a date on or after the day it opened. */
function requireDateInManagement(ctx: BackendContext, union: UnionDetail, date: string): void {
  const open = union.management.find((row) => row.validTo === null);
  if (open && date < open.validFrom) {
    throw new AppError('DATE_BEFORE_MANAGEMENT', { date: formatDateVi(date), name: union.name, from: formatDateVi(open.validFrom) });
  }
}

export function dissolveUnion(ctx: BackendContext, id: number, date: string, decisionNo: string): UnionDetail {
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const union = requireUnionDetail(ctx, id);
    if (union.activeMembers > 0) throw new AppError('UNION_HAS_MEMBERS', { name: union.name, count: union.activeMembers });
    requireDateInManagement(ctx, union, date);
    ctx.db.prepare('UPDATE organizations SET dissolved_on = ?, dissolution_decision = ?, updated_at = ? WHERE id = ?').run(date, decisionNo, at, id);
    ctx.db.prepare('UPDATE organization_management SET valid_to = ? WHERE organization_id = ? AND valid_to IS NULL').run(date, id);
    writeAudit(ctx.db, ctx.actor, at, { action: 'dissolve', entity: 'organizations', entityId: id, before: { dissolvedOn: null }, after: { dissolvedOn: date, decisionNo } });
  })();
  return requireUnionDetail(ctx, id);
}

/** Hands a CĐCS to another managing union (found or created by name), keeping the dated history. */
export function moveUnion(ctx: BackendContext, id: number, managerName: string, date: string, decisionNo: string): UnionDetail {
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const union = requireUnionDetail(ctx, id);
    requireDateInManagement(ctx, union, date);
    const officeId = requireOffice(ctx);
    const fold = foldVietnamese(managerName);
    const existing = query(ctx.db, "SELECT id FROM organizations WHERE level = 'upper_grassroots' AND name_fold = ?", columns({ id: int })).get(fold);
    const office = query(ctx.db, 'SELECT parent_id FROM organizations WHERE id = ?', columns({ parent_id: intOrNull })).one(officeId);
    const managerId =
      existing?.id ??
      Number(
        ctx.db
          .prepare("INSERT INTO organizations (parent_id, level, name, name_fold, created_at, updated_at) VALUES (?, 'upper_grassroots', ?, ?, ?, ?)")
          .run(office.parent_id, managerName, fold, at, at).lastInsertRowid,
      );
    const current = query(ctx.db, 'SELECT parent_id FROM organizations WHERE id = ?', columns({ parent_id: intOrNull })).one(id);
    if (current.parent_id === managerId) throw new AppError('SAME_UNION');
    ctx.db.prepare('UPDATE organization_management SET valid_to = ? WHERE organization_id = ? AND valid_to IS NULL').run(date, id);
    ctx.db.prepare('INSERT INTO organization_management (organization_id, manager_id, valid_from, decision_no) VALUES (?, ?, ?, ?)').run(id, managerId, date, decisionNo);
    ctx.db.prepare('UPDATE organizations SET parent_id = ?, updated_at = ? WHERE id = ?').run(managerId, at, id);
    writeAudit(ctx.db, ctx.actor, at, { action: 'move', entity: 'organizations', entityId: id, before: { manager: union.management.at(-1)?.managerName }, after: { manager: managerName, date, decisionNo } });
  })();
  return requireUnionDetail(ctx, id);
}
