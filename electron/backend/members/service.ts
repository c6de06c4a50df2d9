import type { Member, MemberDraft, Movement } from '../../../shared/members/model';
import type { AdmitInput, EndMembershipInput, TransferInInput, TransferInput } from '../../../shared/members/movements';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { writeAudit } from '../audit';
import { requireOpenUnion } from '../organizations';
import { deleteMember, findMemberRow, insertMember, setMemberStatus, toMember, updateMember, type MemberRow } from './repository';
import { insertMovement, movementsOf } from './movements';

function requireMember(ctx: BackendContext, id: number): MemberRow {
  const row = findMemberRow(ctx.db, id);
  if (!row) throw new AppError('MEMBER_NOT_FOUND', { id });
  return row;
}

function requireActive(ctx: BackendContext, id: number): MemberRow {
  const row = requireMember(ctx, id);
  if (row.status !== 'active') throw new AppError('MEMBER_NOT_ACTIVE', { name: row.full_name, status: row.status });
  return row;
}

export function getMember(ctx: BackendContext, id: number): { member: Member; movements: Movement[] } {
  return { member: toMember(requireMember(ctx, id)), movements: movementsOf(ctx.db, id) };
}

function createWithMovement(ctx: BackendContext, draft: MemberDraft, movement: { kind: 'admitted' | 'transferred_in'; date: string; decisionNo: string; note: string }): number {
  const at = ctx.now().toISOString();
  return ctx.db.transaction(() => {
    requireOpenUnion(ctx.db, draft.organizationId, movement.date);
    const id = insertMember(ctx.db, draft, 'active', at);
    insertMovement(ctx.db, { memberId: id, ...movement, from: null, to: draft.organizationId }, at);
    writeAudit(ctx.db, ctx.actor, at, { action: movement.kind, entity: 'members', entityId: id, after: { ...draft, ...movement } });
    return id;
  })();
}

export function admitMember(ctx: BackendContext, input: AdmitInput): number {
  const draft = { ...input.draft, joinedOn: input.draft.joinedOn ?? input.date };
  return createWithMovement(ctx, draft, { kind: 'admitted', date: input.date, decisionNo: input.decisionNo, note: '' });
}

export function transferInMember(ctx: BackendContext, input: TransferInInput): number {
  return createWithMovement(ctx, input.draft, { kind: 'transferred_in', date: input.date, decisionNo: input.decisionNo, note: input.fromName });
}

export function updateMemberDetails(ctx: BackendContext, id: number, draft: MemberDraft): Member {
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const before = requireMember(ctx, id);
    // Moving to another CĐCS is a transfer with its own history row, never an edit.
    updateMember(ctx.db, before, { ...draft, organizationId: before.organization_id }, at);
    writeAudit(ctx.db, ctx.actor, at, { action: 'update', entity: 'members', entityId: id, before: toMember(before), after: draft });
  })();
  return toMember(requireMember(ctx, id));
}

export function transferMembers(ctx: BackendContext, input: TransferInput): { transferred: number } {
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const target = input.toOrganizationId === undefined ? null : requireOpenUnion(ctx.db, input.toOrganizationId, input.date);
    for (const memberId of input.memberIds) {
      const row = requireActive(ctx, memberId);
      if (target && target.id === row.organization_id) throw new AppError('SAME_UNION');
      const from = row.organization_id;
      const to = target?.id ?? null;
      const note = target ? '' : (input.toName ?? '');
      insertMovement(ctx.db, { memberId, kind: 'transferred_out', date: input.date, decisionNo: input.decisionNo, from, to, note }, at);
      if (target) {
        insertMovement(ctx.db, { memberId, kind: 'transferred_in', date: input.date, decisionNo: input.decisionNo, from, to, note }, at);
        setMemberStatus(ctx.db, memberId, 'active', target.id, at);
      } else {
        setMemberStatus(ctx.db, memberId, 'transferred_out', from, at);
      }
      writeAudit(ctx.db, ctx.actor, at, { action: 'transfer', entity: 'members', entityId: memberId, before: { organizationId: from }, after: { to, toName: note, date: input.date } });
    }
  })();
  return { transferred: input.memberIds.length };
}

export function endMemberships(ctx: BackendContext, input: EndMembershipInput): { updated: number } {
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    for (const memberId of input.memberIds) {
      const row = requireActive(ctx, memberId);
      insertMovement(ctx.db, { memberId, kind: input.kind, date: input.date, decisionNo: input.decisionNo, from: row.organization_id, to: null, note: input.note }, at);
      setMemberStatus(ctx.db, memberId, input.kind, row.organization_id, at);
      writeAudit(ctx.db, ctx.actor, at, { action: input.kind, entity: 'members', entityId: memberId, before: { status: row.status }, after: { status: input.kind, date: input.date } });
    }
  })();
  return { updated: input.memberIds.length };
}

/** Deletes mistaken records (history included); the audit log keeps what was deleted. */
export function deleteMembers(ctx: BackendContext, ids: number[]): { deleted: number } {
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    for (const id of ids) {
      const row = requireMember(ctx, id);
      writeAudit(ctx.db, ctx.actor, at, { action: 'delete', entity: 'members', entityId: id, before: { ...toMember(row), movements: movementsOf(ctx.db, id) } });
      deleteMember(ctx.db, row);
    }
  })();
  return { deleted: ids.length };
}
