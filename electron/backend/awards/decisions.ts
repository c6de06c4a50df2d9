import { RECIPIENT_KINDS, type DecisionDetail, type DecisionDraft, type RecipientDraft } from '../../../shared/awards/model';
import { warningText } from '../../../shared/awards/warningText';
import { formatDateVi } from '../../../shared/domain/format/date';
import { parseDocumentNumber } from '../../../shared/domain/documents/documentNumber';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { writeAudit } from '../audit';
import { int, intOrNull, oneOf, realOrNull, scalarStatement, statement, text, textOrNull } from '../db/rows';
import { addAwards, checkKind, checkRecipientRefs, requireDecision } from './addAwards';
import { getDecision } from './decisionQueries';
import { awardMoneyToWrite, type AwardMoney } from './money';
import { recipientColumnList, recipientColumns } from './recipientColumns';
import { checkRecipientFit } from './recipientFit';
import { awardWarnings } from './warnings';

const columns = (draft: DecisionDraft) => ({
  year: Number(draft.decidedOn.slice(0, 4)),
  number: draft.number,
  sequence: parseDocumentNumber(draft.number)?.number ?? null,
  decided_on: draft.decidedOn,
  issuer_level: draft.issuerLevel,
  issuer_name: draft.issuerName,
  signer_name: draft.signerName,
  signer_title: draft.signerTitle,
  signer_block: draft.signerBlock,
  scope: draft.scope,
  campaign_id: draft.campaignId,
  form_kind_id: draft.formKindId,
  title_kind_id: draft.titleKindId,
  subject: draft.subject,
});

/** Inserts or updates the decision row only (no awards); returns its id. */
export function writeDecisionRow(ctx: BackendContext, id: number | undefined, draft: DecisionDraft): number {
  const at = ctx.now().toISOString();
  const values = columns(draft);
  checkKind(ctx, draft.formKindId, 'form');
  checkKind(ctx, draft.titleKindId, 'title');
  if (draft.campaignId !== null && !campaignExistsSql(ctx.db).get(draft.campaignId)) {
    throw new AppError('AWARD_CAMPAIGN_NOT_FOUND', { id: draft.campaignId, field: 'campaignId' });
  }
  const clash = decisionNumberClashSql(ctx.db).get(draft.issuerLevel, draft.number, draft.decidedOn, id ?? null);
  if (clash) throw new AppError('AWARD_DECISION_NUMBER_TAKEN', { number: draft.number, date: formatDateVi(draft.decidedOn), field: 'number' });
  if (id === undefined) {
    const newId = Number(
      ctx.db
        .prepare(
          `INSERT INTO award_decisions (year, number, sequence, decided_on, issuer_level, issuer_name, signer_name, signer_title,
             signer_block, scope, campaign_id, form_kind_id, title_kind_id, subject, created_at, updated_at)
           VALUES (@year, @number, @sequence, @decided_on, @issuer_level, @issuer_name, @signer_name, @signer_title,
             @signer_block, @scope, @campaign_id, @form_kind_id, @title_kind_id, @subject, @at, @at)`,
        )
        .run({ ...values, at }).lastInsertRowid,
    );
    writeAudit(ctx.db, ctx.actor, at, { action: 'create', entity: 'award_decisions', entityId: newId, after: values });
    return newId;
  }
  const before = requireDecision(ctx, id);
  ctx.db
    .prepare(
      `UPDATE award_decisions SET year = @year, number = @number, sequence = @sequence, decided_on = @decided_on,
         issuer_level = @issuer_level, issuer_name = @issuer_name, signer_name = @signer_name, signer_title = @signer_title,
         signer_block = @signer_block, scope = @scope, campaign_id = @campaign_id, form_kind_id = @form_kind_id,
         title_kind_id = @title_kind_id, subject = @subject, updated_at = @at WHERE id = @id`,
    )
    .run({ ...values, at, id });
  writeAudit(ctx.db, ctx.actor, at, { action: 'update', entity: 'award_decisions', entityId: id, before, after: values });
  return id;
}

const campaignExistsSql = statement('SELECT 1 FROM campaigns WHERE id = ?');
const storedAwardsSql = statement('SELECT id, form_kind_id, title_kind_id, recipient_kind FROM awards WHERE decision_id = ?', {
  id: int,
  form_kind_id: intOrNull,
  title_kind_id: intOrNull,
  recipient_kind: oneOf(RECIPIENT_KINDS),
});
const updateAwardSql = statement(
  `UPDATE awards SET year = @year, form_kind_id = @form_kind_id, title_kind_id = @title_kind_id, recipient_kind = @recipient_kind,
     member_id = @member_id, organization_id = @organization_id, recipient_name = @recipient_name, recipient_unit = @recipient_unit,
     achievement = @achievement, warning_override = @warning_override, position = @position WHERE id = @id`,
);
const updateMoneySql = statement('UPDATE awards SET coefficient = ?, base_salary = ?, amount = ? WHERE id = ?');
const awardSql = statement(
  `SELECT a.id, a.decision_id, a.year, a.form_kind_id, a.title_kind_id, ${recipientColumnList('a')}, a.coefficient, a.base_salary,
          a.amount, a.warning_override, a.position, a.certificate_printed_at, a.created_at
     FROM awards a WHERE a.id = ?`,
  {
    id: int,
    decision_id: int,
    year: int,
    form_kind_id: intOrNull,
    title_kind_id: intOrNull,
    ...recipientColumns,
    coefficient: realOrNull,
    base_salary: intOrNull,
    amount: int,
    warning_override: text,
    position: int,
    certificate_printed_at: textOrNull,
    created_at: text,
  },
);
const deleteAwardSql = statement('DELETE FROM awards WHERE id = ?');
const positionSql = statement('UPDATE awards SET position = ? WHERE id = ?');
// An award approved from a proposal row is undone there ("Hủy kết quả"), or the row would stay "approved" with nothing behind it.
const proposalOfAwardSql = scalarStatement(
  `SELECT coalesce(nullif(p.number, ''), '#' || p.id) FROM award_proposal_items i JOIN award_proposals p ON p.id = i.proposal_id
    WHERE i.award_id = ? LIMIT 1`,
  text,
);
const proposalRowsOfDecisionSql = statement(`
  SELECT count(*) AS count, min(coalesce(nullif(p.number, ''), '#' || p.id)) AS proposal
    FROM award_proposal_items i JOIN award_proposals p ON p.id = i.proposal_id
   WHERE i.upper_decision_id = ? AND i.status = 'approved'`,
  { count: int, proposal: textOrNull },
);
const decisionNumberClashSql = scalarStatement('SELECT id FROM award_decisions WHERE issuer_level = ? AND number = ? AND decided_on = ? AND id IS NOT ?', int);

/**
 * Saves a decision with its recipients in one transaction. Recipients with an id keep their frozen
 * money unless the decision date or their form/title changed; those left out are removed. A warning
 * without a recorded reason refuses the save.
 */
export function saveDecision(ctx: BackendContext, id: number | undefined, draft: DecisionDraft, recipients: RecipientDraft[]): DecisionDetail {
  const at = ctx.now().toISOString();
  const { db } = ctx;
  const unresolved = awardWarnings(db, id ?? null, draft, recipients).filter((w) => recipients[w.index]?.warningOverride.trim() === '');
  if (unresolved.length > 0) {
    throw new AppError('AWARD_WARNINGS_NOT_OVERRIDDEN', { count: unresolved.length, first: warningText(ctx.locale, unresolved[0]!).replace(/\.$/u, ''), warnings: unresolved });
  }
  const savedId = db.transaction(() => {
    const previousDate = id === undefined ? null : requireDecision(ctx, id).decided_on;
    const decisionId = writeDecisionRow(ctx, id, draft);
    const stored = new Map(
      storedAwardsSql(db).all(decisionId).map((a) => [a.id, a]),
    );
    const kept = new Set<number>();
    const fresh: { index: number; recipient: RecipientDraft }[] = [];
    recipients.forEach((r, index) => {
      const old = r.id === undefined ? undefined : stored.get(r.id);
      if (!old) {
        fresh.push({ index, recipient: r });
        return;
      }
      kept.add(old.id);
      const formKindId = r.formKindId === undefined ? draft.formKindId : r.formKindId;
      const titleKindId = r.titleKindId === undefined ? draft.titleKindId : r.titleKindId;
      if (formKindId == null && titleKindId == null) throw new AppError('AWARD_KIND_MISSING', { row: index + 1, name: r.recipientName });
      checkKind(ctx, formKindId, 'form');
      checkKind(ctx, titleKindId, 'title');
      checkRecipientFit(db, ctx.locale, [formKindId, titleKindId], r.recipientKind, { row: index + 1, name: r.recipientName });
      checkRecipientRefs(ctx, index + 1, r.memberId, r.organizationId);
      const moneyChanged =
        previousDate !== draft.decidedOn || old.form_kind_id !== formKindId || old.title_kind_id !== titleKindId || old.recipient_kind !== r.recipientKind;
      const values = {
        id: old.id,
        year: Number(draft.decidedOn.slice(0, 4)),
        form_kind_id: formKindId,
        title_kind_id: titleKindId,
        recipient_kind: r.recipientKind,
        member_id: r.memberId,
        organization_id: r.organizationId,
        recipient_name: r.recipientName,
        recipient_unit: r.recipientUnit,
        achievement: r.achievement,
        warning_override: r.warningOverride,
        position: index + 1,
      };
      updateAwardSql(db).run(values);
      // Re-priced rows record their new money in the audit row too.
      let money: AwardMoney | null = null;
      if (moneyChanged) {
        money = awardMoneyToWrite(db, { formKindId, titleKindId }, draft.decidedOn, r.recipientKind, { row: index + 1, name: r.recipientName });
        updateMoneySql(db).run(money.coefficient, money.baseSalary, money.amount, old.id);
      }
      const after = money ? { ...values, coefficient: money.coefficient, base_salary: money.baseSalary, amount: money.amount } : values;
      writeAudit(db, ctx.actor, at, { action: 'update', entity: 'awards', entityId: old.id, after });
    });
    for (const oldId of stored.keys()) {
      if (kept.has(oldId)) continue;
      const before = awardSql(db).one(oldId);
      const proposal = proposalOfAwardSql(db).get(oldId);
      if (proposal !== undefined) throw new AppError('AWARD_FROM_PROPOSAL', { name: before.recipient_name, proposal });
      deleteAwardSql(db).run(oldId);
      writeAudit(db, ctx.actor, at, { action: 'delete', entity: 'awards', entityId: oldId, before });
    }
    const newIds = addAwards(
      ctx,
      decisionId,
      fresh.map((f) => f.recipient),
      fresh.map((f) => f.index + 1),
    );
    // Put the new rows where they stand in the list.
    newIds.forEach((awardId, i) => positionSql(db).run(fresh[i]!.index + 1, awardId));
    return decisionId;
  })();
  return getDecision(db, savedId);
}

export function deleteDecision(ctx: BackendContext, id: number): { deleted: number } {
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const before = getDecision(ctx.db, id);
    const fromProposal = proposalRowsOfDecisionSql(ctx.db).one(id);
    if (fromProposal.count > 0) throw new AppError('AWARD_DECISION_FROM_PROPOSAL', { number: before.number, count: fromProposal.count, proposal: fromProposal.proposal });
    ctx.db.prepare('DELETE FROM award_decisions WHERE id = ?').run(id);
    writeAudit(ctx.db, ctx.actor, at, { action: 'delete', entity: 'award_decisions', entityId: id, before });
  })();
  return { deleted: 1 };
}
