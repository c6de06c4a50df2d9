import type { DecisionDetail } from '../../../shared/awards/model';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { writeAudit } from '../audit';
import { statement } from '../db/rows';
import { getDecision } from './decisionQueries';
import { awardMoneyToWrite } from './money';
import { decisionSql, printedSql, storedSql } from './moneyState';

const updateSql = statement('UPDATE awards SET coefficient = ?, base_salary = ?, amount = ? WHERE id = ?');

/** "Tính lại theo lương cơ sở mới": re-prices every award of an unfinished decision of ours from today's tables. */
export function repriceDecision(ctx: BackendContext, id: number): DecisionDetail {
  const at = ctx.now().toISOString();
  const { db } = ctx;
  db.transaction(() => {
    const decision = decisionSql(db).get(id);
    if (!decision) throw new AppError('AWARD_DECISION_NOT_FOUND', { id });
    if (decision.issuer_level !== 'own_office') throw new AppError('AWARD_DECISION_NOT_OURS', { number: decision.number });
    const printed = printedSql(db).one(id);
    if (printed > 0) throw new AppError('AWARD_DECISION_FINISHED', { number: decision.number, count: printed });
    storedSql(db).all(id).forEach((a, index) => {
      const kinds = { formKindId: a.form_kind_id, titleKindId: a.title_kind_id };
      const money = awardMoneyToWrite(db, kinds, decision.decided_on, a.recipient_kind, { row: index + 1, name: a.recipient_name });
      if (money.amount === a.amount && money.baseSalary === a.base_salary && money.coefficient === a.coefficient) return;
      updateSql(db).run(money.coefficient, money.baseSalary, money.amount, a.id);
      writeAudit(db, ctx.actor, at, {
        action: 'reprice',
        entity: 'awards',
        entityId: a.id,
        before: { coefficient: a.coefficient, base_salary: a.base_salary, amount: a.amount },
        after: { coefficient: money.coefficient, base_salary: money.baseSalary, amount: money.amount },
      });
    });
  })();
  return getDecision(db, id);
}
