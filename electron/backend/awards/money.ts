import { baseSalaryOn, prizeAmount } from '../../../shared/domain/money/prize';
import { formatDateVi } from '../../../shared/domain/format/date';
import { AppError } from '../core/appError';
import type { Db } from '../db/connection';
import { columns, int, real, realOrNull, scalarStatement, statement, text, textOrNull } from '../db/rows';

export type RecipientKind = 'individual' | 'collective';

const coefficientSql = statement(`
  SELECT individual, collective FROM award_coefficients
   WHERE award_kind_id = ? AND effective_from <= ?
   ORDER BY effective_from DESC LIMIT 1`,
  columns({ individual: real, collective: realOrNull }),
);
const baseSalariesSql = statement('SELECT effective_from AS effectiveFrom, amount FROM base_salaries', columns({ effectiveFrom: text, amount: int }));

/** The coefficient of a kind on a date; a collective gets the stored value or twice the individual one. Null when no row applies. */
export function coefficientOn(db: Db, kindId: number, isoDate: string, recipient: RecipientKind): number | null {
  const row = coefficientSql(db).get(kindId, isoDate);
  if (!row) return null;
  if (recipient === 'individual') return row.individual;
  return row.collective ?? Math.round(row.individual * 2 * 1000) / 1000;
}

/** Mức lương cơ sở in force on a date, from the settings table; null before the table starts. */
export function baseSalaryOnDate(db: Db, isoDate: string): number | null {
  return baseSalaryOn(baseSalariesSql(db).all(), isoDate);
}

export interface AwardMoney {
  coefficient: number | null;
  baseSalary: number | null;
  amount: number;
}

/**
 * Money of one award: the form's coefficient if it has one on the date, else the title's;
 * × base salary on the decision date, rounded up to 10,000 đ. No coefficient → 0 đ.
 */
export function awardMoney(
  db: Db,
  kinds: { formKindId: number | null; titleKindId: number | null },
  isoDate: string,
  recipient: RecipientKind,
): AwardMoney {
  const baseSalary = baseSalaryOnDate(db, isoDate);
  let coefficient: number | null = null;
  for (const kindId of [kinds.formKindId, kinds.titleKindId]) {
    if (kindId == null) continue;
    coefficient = coefficientOn(db, kindId, isoDate, recipient);
    if (coefficient !== null) break;
  }
  const amount = coefficient === null || baseSalary === null ? 0 : prizeAmount(coefficient, baseSalary);
  return { coefficient, baseSalary, amount };
}

const firstBaseSalarySql = scalarStatement('SELECT min(effective_from) FROM base_salaries', textOrNull);

/**
 * awardMoney for a row being written: a coefficient with no base salary on the date (a decision
 * dated before the table's first row) is refused naming the row, never priced at 0 đ.
 */
export function awardMoneyToWrite(
  db: Db,
  kinds: { formKindId: number | null; titleKindId: number | null },
  isoDate: string,
  recipient: RecipientKind,
  row: { row: number; name: string },
): AwardMoney {
  const money = awardMoney(db, kinds, isoDate, recipient);
  if (money.coefficient !== null && money.coefficient > 0 && money.baseSalary === null) {
    const first = firstBaseSalarySql(db).one();
    throw new AppError('AWARD_NO_BASE_SALARY', {
      row: row.row,
      name: row.name,
      date: formatDateVi(isoDate),
      first: first ? formatDateVi(first) : '—',
      field: 'decidedOn',
    });
  }
  return money;
}
