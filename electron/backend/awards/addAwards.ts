import { awardLabels } from '../../../shared/awards/labels';
import { KIND_CATEGORIES, type KindCategory } from '../../../shared/awards/model';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { writeAudit } from '../audit';
import { columns, int, intOrNull, oneOf, type RowOf, scalarStatement, statement, text } from '../db/rows';
import { awardMoneyToWrite } from './money';
import { checkRecipientFit } from './recipientFit';

export interface NewAward {
  recipientKind: 'individual' | 'collective';
  memberId?: number | null;
  organizationId?: number | null;
  recipientName: string;
  recipientUnit?: string;
  achievement?: string;
  /** Default: the decision's. */
  formKindId?: number | null;
  titleKindId?: number | null;
  /** Reason recorded when a warning was overridden. */
  warningOverride?: string;
}

const decisionRow = columns({ id: int, year: int, decided_on: text, form_kind_id: intOrNull, title_kind_id: intOrNull });
type DecisionRow = RowOf<typeof decisionRow>;

const decisionSql = statement('SELECT id, year, decided_on, form_kind_id, title_kind_id FROM award_decisions WHERE id = ?', decisionRow);
const nextPositionSql = scalarStatement('SELECT coalesce(max(position), 0) + 1 FROM awards WHERE decision_id = ?', int);
const memberExistsSql = statement('SELECT 1 FROM members WHERE id = ?');
const unitExistsSql = statement('SELECT 1 FROM organizations WHERE id = ?');
const kindSql = statement('SELECT name, category FROM award_kinds WHERE id = ?', columns({ name: text, category: oneOf(KIND_CATEGORIES) }));
const insertSql = statement(`
  INSERT INTO awards (decision_id, year, form_kind_id, title_kind_id, recipient_kind, member_id, organization_id,
    recipient_name, recipient_unit, achievement, coefficient, base_salary, amount, warning_override, position, created_at)
  VALUES (@decision_id, @year, @form_kind_id, @title_kind_id, @recipient_kind, @member_id, @organization_id,
    @recipient_name, @recipient_unit, @achievement, @coefficient, @base_salary, @amount, @warning_override, @position, @created_at)`);

export function requireDecision(ctx: BackendContext, decisionId: number): DecisionRow {
  const row = decisionSql(ctx.db).get(decisionId);
  if (!row) throw new AppError('AWARD_DECISION_NOT_FOUND', { id: decisionId });
  return row;
}

/** A member or CĐCS picked from our records must still exist; `row` is the row as the user sees it. */
export function checkRecipientRefs(ctx: BackendContext, row: number, memberId: number | null, organizationId: number | null): void {
  if (memberId !== null && !memberExistsSql(ctx.db).get(memberId)) throw new AppError('AWARD_RECIPIENT_MEMBER_NOT_FOUND', { row, id: memberId });
  if (organizationId !== null && !unitExistsSql(ctx.db).get(organizationId)) throw new AppError('AWARD_RECIPIENT_UNIT_NOT_FOUND', { row, id: organizationId });
}

/** A form must be a form and a title a title: the catalogue keeps the two apart. */
export function checkKind(ctx: BackendContext, id: number | null | undefined, expected: KindCategory): void {
  if (id == null) return;
  const kind = kindSql(ctx.db).get(id);
  if (!kind) throw new AppError('AWARD_KIND_NOT_FOUND', { ref: id });
  if (kind.category !== expected) {
    const labels = awardLabels[ctx.locale].category;
    throw new AppError('AWARD_KIND_WRONG_CATEGORY', {
      name: kind.name,
      actual: labels[kind.category].toLowerCase(),
      expected: labels[expected].toLowerCase(),
      field: expected === 'form' ? 'formKindId' : 'titleKindId',
    });
  }
}

/**
 * Inserts awards under a decision; computes coefficient, base salary on the decision date and amount
 * (frozen in the row); audit rows. Runs inside the caller's transaction if there is one. Returns the new ids.
 */
export function addAwards(ctx: BackendContext, decisionId: number, awards: NewAward[], rowNumbers?: number[]): number[] {
  const at = ctx.now().toISOString();
  return ctx.db.transaction(() => {
    const decision = requireDecision(ctx, decisionId);
    let position = nextPositionSql(ctx.db).one(decisionId);
    const ids: number[] = [];
    awards.forEach((award, index) => {
      // The row as the user sees it in the caller's list, for error messages.
      const row = rowNumbers?.[index] ?? index + 1;
      const name = award.recipientName.trim();
      if (name === '') throw new AppError('AWARD_RECIPIENT_NAME_EMPTY', { row });
      const memberId = award.memberId ?? null;
      const organizationId = award.organizationId ?? null;
      checkRecipientRefs(ctx, row, memberId, organizationId);
      const formKindId = award.formKindId === undefined ? decision.form_kind_id : award.formKindId;
      const titleKindId = award.titleKindId === undefined ? decision.title_kind_id : award.titleKindId;
      if (formKindId == null && titleKindId == null) throw new AppError('AWARD_KIND_MISSING', { row, name });
      checkKind(ctx, formKindId, 'form');
      checkKind(ctx, titleKindId, 'title');
      checkRecipientFit(ctx.db, ctx.locale, [formKindId, titleKindId], award.recipientKind, { row, name });
      const money = awardMoneyToWrite(ctx.db, { formKindId, titleKindId }, decision.decided_on, award.recipientKind, { row, name });
      const values = {
        decision_id: decisionId,
        year: decision.year,
        form_kind_id: formKindId,
        title_kind_id: titleKindId,
        recipient_kind: award.recipientKind,
        member_id: memberId,
        organization_id: organizationId,
        recipient_name: name,
        recipient_unit: (award.recipientUnit ?? '').trim(),
        achievement: (award.achievement ?? '').trim(),
        coefficient: money.coefficient,
        base_salary: money.baseSalary,
        amount: money.amount,
        warning_override: (award.warningOverride ?? '').trim(),
        position: position++,
        created_at: at,
      };
      const id = Number(insertSql(ctx.db).run(values).lastInsertRowid);
      ids.push(id);
      writeAudit(ctx.db, ctx.actor, at, { action: 'create', entity: 'awards', entityId: id, after: values });
      if (values.warning_override !== '') {
        writeAudit(ctx.db, ctx.actor, at, { action: 'override_warning', entity: 'awards', entityId: id, after: { reason: values.warning_override } });
      }
    });
    return ids;
  })();
}
