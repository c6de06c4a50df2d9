import type { Db } from '../db/connection';
import { ISSUER_LEVELS, RECIPIENT_KINDS } from '../../../shared/awards/model';
import { columns, int, intOrNull, oneOf, realOrNull, scalarStatement, statement, text } from '../db/rows';
import { awardMoney } from './money';

export const storedSql = statement(`
  SELECT id, position, recipient_name, recipient_kind, form_kind_id, title_kind_id, coefficient, base_salary, amount
    FROM awards WHERE decision_id = ? ORDER BY position, id`,
  columns({
    id: int,
    position: int,
    recipient_name: text,
    recipient_kind: oneOf(RECIPIENT_KINDS),
    form_kind_id: intOrNull,
    title_kind_id: intOrNull,
    coefficient: realOrNull,
    base_salary: intOrNull,
    amount: int,
  }),
);
export const decisionSql = statement(
  'SELECT number, decided_on, issuer_level FROM award_decisions WHERE id = ?',
  columns({ number: text, decided_on: text, issuer_level: oneOf(ISSUER_LEVELS) }),
);
export const printedSql = scalarStatement('SELECT count(*) FROM awards WHERE decision_id = ? AND certificate_printed_at IS NOT NULL', int);

/**
 * A decision of our office is unfinished while none of its certificates has been printed
 * (awards.certificate_printed_at, set by the certificate printing): until then its money may be
 * recomputed from today's tables. An upper level's decision is a record of what it pays: never.
 */
export function moneyState(db: Db, decisionId: number): { printedCertificates: number; outdatedMoney: number } {
  const decision = decisionSql(db).get(decisionId);
  if (!decision) return { printedCertificates: 0, outdatedMoney: 0 };
  const printedCertificates = printedSql(db).one(decisionId);
  const outdatedMoney = storedSql(db).all(decisionId).filter((a) => {
    const now = awardMoney(db, { formKindId: a.form_kind_id, titleKindId: a.title_kind_id }, decision.decided_on, a.recipient_kind);
    return now.amount !== a.amount || now.baseSalary !== a.base_salary || now.coefficient !== a.coefficient;
  }).length;
  return { printedCertificates, outdatedMoney };
}
