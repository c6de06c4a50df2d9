import { parseDocumentNumber } from '../../../shared/domain/documents/documentNumber';
import { issuerLevelLabels } from '../../../shared/proposals/labels';
import type { Proposal, UpperDecision } from '../../../shared/proposals/model';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { writeAudit } from '../audit';
import { addAwards, deleteAward, deleteDecisionRow, findDecisionCreatedAt, findOrAddDecision, recipientOf } from '../awards';
import { getSettings } from '../settings';
import { int, scalarStatement } from '../db/rows';
import { findProposalRow, setItemResult, toItem, type ItemRow, type ProposalRow } from './repository';
import { getProposal, requireItem, requireProposal } from './service';

const STATUS_VI = { approved: 'được duyệt', rejected: 'không được duyệt', proposed: 'đề nghị' } as const;

function issuerName(ctx: BackendContext, proposal: ProposalRow): string {
  if (proposal.to_issuer_level === 'province') {
    const upper = getSettings(ctx.db, ctx.now())['office.upperName'];
    if (upper) return upper;
  }
  return issuerLevelLabels.vi[proposal.to_issuer_level];
}

/** The upper level's decision row: the one already entered with this number and date, or a new one. */
function upperDecisionId(ctx: BackendContext, proposal: ProposalRow, decision: UpperDecision, at: string): number {
  return findOrAddDecision(ctx, {
    // Its own date decides its year, whatever year our proposal was for.
    year: Number(decision.decidedOn.slice(0, 4)),
    number: decision.number,
    sequence: parseDocumentNumber(decision.number)?.number ?? null,
    decided_on: decision.decidedOn,
    issuer_level: proposal.to_issuer_level,
    issuer_name: decision.issuerName || issuerName(ctx, proposal),
    signer_name: decision.signerName,
    signer_title: decision.signerTitle,
    scope: proposal.scope,
    campaign_id: proposal.campaign_id,
    form_kind_id: proposal.form_kind_id,
    title_kind_id: proposal.title_kind_id,
    subject: decision.subject,
  }, at);
}

function proposedRows(ctx: BackendContext, ids: number[]): { proposal: ProposalRow; rows: ItemRow[] } {
  const rows = ids.map((id) => requireItem(ctx.db, id));
  for (const row of rows) {
    if (row.status !== 'proposed') throw new AppError('PROPOSAL_ITEM_NOT_PROPOSED', { name: row.recipient_name, status: STATUS_VI[row.status] });
  }
  const proposal = requireProposal(ctx.db, rows[0]!.proposal_id);
  const other = rows.find((r) => r.proposal_id !== proposal.id);
  if (other) throw new AppError('PROPOSAL_ITEM_NOT_FOUND', { id: other.id });
  return { proposal, rows };
}

/** The upper level approved these rows: its decision is recorded and each row becomes an award, in one transaction. */
export function approveItems(ctx: BackendContext, ids: number[], decision: UpperDecision): Proposal {
  const at = ctx.now().toISOString();
  const proposalId = ctx.db.transaction(() => {
    const { proposal, rows } = proposedRows(ctx, ids);
    if (proposal.form_kind_id === null && proposal.title_kind_id === null) throw new AppError('PROPOSAL_NO_KIND');
    const decisionId = upperDecisionId(ctx, proposal, decision, at);
    const awardIds = addAwards(
      ctx,
      decisionId,
      rows.map((row) => ({
        ...recipientOf(row),
        formKindId: proposal.form_kind_id,
        titleKindId: proposal.title_kind_id,
      })),
    );
    rows.forEach((row, index) => {
      const awardId = awardIds[index] ?? null;
      setItemResult(ctx.db, row.id, { status: 'approved', decisionId, awardId, reason: '', at });
      writeAudit(ctx.db, ctx.actor, at, { action: 'approve', entity: 'award_proposal_items', entityId: row.id, before: toItem(row), after: { status: 'approved', decisionId, awardId } });
    });
    return proposal.id;
  })();
  return getProposal(ctx.db, proposalId);
}

export function rejectItems(ctx: BackendContext, ids: number[], reason: string): Proposal {
  const at = ctx.now().toISOString();
  const proposalId = ctx.db.transaction(() => {
    const { proposal, rows } = proposedRows(ctx, ids);
    for (const row of rows) {
      setItemResult(ctx.db, row.id, { status: 'rejected', decisionId: null, awardId: null, reason, at });
      writeAudit(ctx.db, ctx.actor, at, { action: 'reject', entity: 'award_proposal_items', entityId: row.id, before: toItem(row), after: { status: 'rejected', reason } });
    }
    return proposal.id;
  })();
  return getProposal(ctx.db, proposalId);
}

const emptyDecisionSql = scalarStatement(
  `SELECT (SELECT count(*) FROM awards WHERE decision_id = @id) + (SELECT count(*) FROM award_proposal_items WHERE upper_decision_id = @id)`,
  int,
);

/** Back to "proposed": an approval's award is deleted (and the upper decision, if nothing else uses it). */
export function undoItems(ctx: BackendContext, ids: number[]): Proposal {
  const at = ctx.now().toISOString();
  let proposalId = 0;
  ctx.db.transaction(() => {
    for (const id of ids) {
      const row = requireItem(ctx.db, id);
      proposalId = row.proposal_id;
      if (row.status === 'proposed') throw new AppError('PROPOSAL_ITEM_NOT_DECIDED', { name: row.recipient_name });
      setItemResult(ctx.db, id, { status: 'proposed', decisionId: null, awardId: null, reason: '', at: null });
      if (row.award_id !== null) deleteAward(ctx, row.award_id, at);
      // The decision goes too when this approval created it (same timestamp) and nothing else uses it now;
      // one the user entered under "Quyết định khen thưởng" stays.
      const decisionId = row.upper_decision_id;
      if (decisionId !== null && findDecisionCreatedAt(ctx.db, decisionId) === row.decided_at && emptyDecisionSql(ctx.db).one({ id: decisionId }) === 0) {
        deleteDecisionRow(ctx, decisionId, at);
      }
      writeAudit(ctx.db, ctx.actor, at, { action: 'undo', entity: 'award_proposal_items', entityId: id, before: toItem(row), after: { status: 'proposed' } });
    }
  })();
  if (!findProposalRow(ctx.db, proposalId)) throw new AppError('PROPOSAL_NOT_FOUND', { id: proposalId });
  return getProposal(ctx.db, proposalId);
}
