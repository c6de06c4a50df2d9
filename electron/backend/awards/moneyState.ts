import type { Db } from '../db/connection';
import { statement } from '../db/rows';
import { awardMoney } from './money';

export interface StoredMoney {
  id: number;
  position: number;
  recipient_name: string;
  recipient_kind: 'individual' | 'collective';
  form_kind_id: number | null;
  title_kind_id: number | null;
  coefficient: number | null;
  base_salary: number | null;
  amount: number;
}

export const storedSql = statement(`
  SELECT id, position, recipient_name, recipient_kind, form_kind_id, title_kind_id, coefficient, base_salary, amount
    FROM awards WHERE decision_id = ? ORDER BY position, id`);
export const decisionSql = statement('SELECT number, decided_on, issuer_level FROM award_decisions WHERE id = ?');
export const printedSql = statement('SELECT count(*) FROM awards WHERE decision_id = ? AND certificate_printed_at IS NOT NULL');

/**
 * A decision of our office is unfinished while none of its certificates has been printed
 * (awards.certificate_printed_at, set by the certificate printing): until then its money may be
 * recomputed from today's tables. An upper level's decision is a record of what it pays: never.
 */
export function moneyState(db: Db, decisionId: number): { printedCertificates: number; outdatedMoney: number } {
  const decision = decisionSql(db).get(decisionId) as { decided_on: string } | undefined;
  if (!decision) return { printedCertificates: 0, outdatedMoney: 0 };
  const printedCertificates = printedSql(db).pluck().get(decisionId) as number;
  const outdatedMoney = (storedSql(db).all(decisionId) as StoredMoney[]).filter((a) => {
    const now = awardMoney(db, { formKindId: a.form_kind_id, titleKindId: a.title_kind_id }, decision.decided_on, a.recipient_kind);
    return now.amount !== a.amount || now.baseSalary !== a.base_salary || now.coefficient !== a.coefficient;
  }).length;
  return { printedCertificates, outdatedMoney };
}
