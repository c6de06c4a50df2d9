import type { Proposal, ProposalDraft, ProposalItemDraft } from '../../../shared/proposals/model';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import type { Db } from '../db/connection';
import { columns, int, scalarStatement, statement, text } from '../db/rows';
import { writeAudit } from '../audit';
import {
  deleteItem,
  deleteProposal,
  findItemRow,
  findProposalRow,
  insertItem,
  insertProposal,
  itemRows,
  toDraft,
  toItem,
  updateItem,
  updateProposal,
  type ItemRow,
  type ProposalRow,
} from './repository';
import { lastSent } from './sends';
import { proposalWarnings } from './warnings';
import { checkRecipientFit } from '../awards';

/** Every row must fit the proposal's title and form (a collective title never to a person, and back). */
function checkFits(ctx: BackendContext, kinds: { formKindId: number | null; titleKindId: number | null }, row: number, item: { recipientKind: 'individual' | 'collective'; recipientName: string }): void {
  checkRecipientFit(ctx.db, ctx.locale, [kinds.titleKindId, kinds.formKindId], item.recipientKind, { row, name: item.recipientName });
}

const kindsOf = (row: ProposalRow) => ({ formKindId: row.form_kind_id, titleKindId: row.title_kind_id });

export function requireProposal(db: Db, id: number): ProposalRow {
  const row = findProposalRow(db, id);
  if (!row) throw new AppError('PROPOSAL_NOT_FOUND', { id });
  return row;
}

export function requireItem(db: Db, id: number): ItemRow {
  const row = findItemRow(db, id);
  if (!row) throw new AppError('PROPOSAL_ITEM_NOT_FOUND', { id });
  return row;
}

export function getProposal(db: Db, id: number): Proposal {
  const row = requireProposal(db, id);
  const items = itemRows(db, id);
  return {
    id,
    ...toDraft(row),
    formName: row.form_name,
    titleName: row.title_name,
    campaignName: row.campaign_name,
    items: items.map(toItem),
    warnings: proposalWarnings(db, row, items),
    sent: lastSent(db, id),
  };
}

const kindSql = statement('SELECT name, category FROM award_kinds WHERE id = ?', columns({ name: text, category: text }));
const memberUnitSql = statement(
  'SELECT m.organization_id AS orgId, o.name AS orgName, m.occupation FROM members m JOIN organizations o ON o.id = m.organization_id WHERE m.id = ?',
  columns({ orgId: int, orgName: text, occupation: text }),
);
const orgNameSql = scalarStatement('SELECT name FROM organizations WHERE id = ?', text);

function checkKind(db: Db, kindId: number | null, category: 'form' | 'title', field: string): void {
  if (kindId === null) return;
  const kind = kindSql(db).get(kindId);
  if (!kind) throw new AppError('PROPOSAL_KIND_NOT_FOUND', { id: kindId, field });
  if (kind.category !== category) {
    throw new AppError('PROPOSAL_KIND_MISMATCH', { name: kind.name, expected: category === 'form' ? 'hình thức khen thưởng' : 'danh hiệu', field });
  }
}

export function saveProposal(ctx: BackendContext, id: number | undefined, draft: ProposalDraft): Proposal {
  const at = ctx.now().toISOString();
  const savedId = ctx.db.transaction(() => {
    checkKind(ctx.db, draft.formKindId, 'form', 'formKindId');
    checkKind(ctx.db, draft.titleKindId, 'title', 'titleKindId');
    if (id === undefined) {
      const created = insertProposal(ctx.db, draft, at);
      writeAudit(ctx.db, ctx.actor, at, { action: 'create', entity: 'award_proposals', entityId: created, after: draft });
      return created;
    }
    const before = requireProposal(ctx.db, id);
    for (const item of itemRows(ctx.db, id)) {
      checkFits(ctx, draft, item.position, { recipientKind: item.recipient_kind, recipientName: item.recipient_name });
    }
    updateProposal(ctx.db, id, draft, at);
    writeAudit(ctx.db, ctx.actor, at, { action: 'update', entity: 'award_proposals', entityId: id, before: toDraft(before), after: draft });
    return id;
  })();
  return getProposal(ctx.db, savedId);
}

export function removeProposal(ctx: BackendContext, id: number): { deleted: number } {
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const row = requireProposal(ctx.db, id);
    const items = itemRows(ctx.db, id);
    const approved = items.filter((i) => i.status === 'approved').length;
    if (approved > 0) throw new AppError('PROPOSAL_HAS_APPROVED', { count: approved });
    writeAudit(ctx.db, ctx.actor, at, { action: 'delete', entity: 'award_proposals', entityId: id, before: { ...toDraft(row), items: items.map(toItem) } });
    deleteProposal(ctx.db, id);
  })();
  return { deleted: 1 };
}

/** Fills the unit of a member or a CĐCS picked from our records, and refuses ids that do not exist. */
function resolveItem(db: Db, item: ProposalItemDraft): ProposalItemDraft {
  const next = { ...item };
  if (item.memberId !== null) {
    const member = memberUnitSql(db).get(item.memberId);
    if (!member) throw new AppError('PROPOSAL_MEMBER_NOT_FOUND', { name: item.recipientName, id: item.memberId });
    next.recipientKind = 'individual';
    next.organizationId ??= member.orgId;
    if (!next.recipientUnit) next.recipientUnit = [member.occupation, member.orgName].filter(Boolean).join(', ');
  } else if (item.organizationId !== null) {
    const org = orgNameSql(db).get(item.organizationId);
    if (org === undefined) throw new AppError('PROPOSAL_UNION_NOT_FOUND', { name: item.recipientName, id: item.organizationId });
  }
  return next;
}

export function addItems(ctx: BackendContext, proposalId: number, items: ProposalItemDraft[]): Proposal {
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const proposal = requireProposal(ctx.db, proposalId);
    let row = itemRows(ctx.db, proposalId).length;
    for (const item of items) {
      const resolved = resolveItem(ctx.db, item);
      checkFits(ctx, kindsOf(proposal), ++row, resolved);
      const id = insertItem(ctx.db, proposalId, resolved);
      writeAudit(ctx.db, ctx.actor, at, { action: 'create', entity: 'award_proposal_items', entityId: id, after: { proposalId, ...resolved } });
    }
  })();
  return getProposal(ctx.db, proposalId);
}

function requireUndecided(row: ItemRow): void {
  if (row.status !== 'proposed') throw new AppError('PROPOSAL_ITEM_DECIDED', { name: row.recipient_name, status: row.status === 'approved' ? 'được duyệt' : 'không được duyệt' });
}

export function editItem(ctx: BackendContext, id: number, item: ProposalItemDraft): Proposal {
  const at = ctx.now().toISOString();
  const proposalId = ctx.db.transaction(() => {
    const before = requireItem(ctx.db, id);
    requireUndecided(before);
    const resolved = resolveItem(ctx.db, item);
    checkFits(ctx, kindsOf(requireProposal(ctx.db, before.proposal_id)), before.position, resolved);
    updateItem(ctx.db, id, resolved);
    writeAudit(ctx.db, ctx.actor, at, { action: 'update', entity: 'award_proposal_items', entityId: id, before: toItem(before), after: resolved });
    return before.proposal_id;
  })();
  return getProposal(ctx.db, proposalId);
}

export function removeItems(ctx: BackendContext, ids: number[]): Proposal {
  const at = ctx.now().toISOString();
  const proposalId = ctx.db.transaction(() => {
    let proposal = 0;
    for (const id of ids) {
      const row = requireItem(ctx.db, id);
      requireUndecided(row);
      proposal = row.proposal_id;
      writeAudit(ctx.db, ctx.actor, at, { action: 'delete', entity: 'award_proposal_items', entityId: id, before: toItem(row) });
      deleteItem(ctx.db, id);
    }
    return proposal;
  })();
  return getProposal(ctx.db, proposalId);
}
