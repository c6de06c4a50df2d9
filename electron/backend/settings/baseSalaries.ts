import type { BaseSalaryRow } from '../../../shared/settings/baseSalary';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import type { Db } from '../db/connection';
import { columns, int, scalarStatement, statement, text } from '../db/rows';

const baseSalaries = statement(
  'SELECT id, effective_from AS effectiveFrom, amount, legal_basis AS legalBasis FROM base_salaries ORDER BY effective_from',
  columns({ id: int, effectiveFrom: text, amount: int, legalBasis: text }),
);
const salaryOnDate = scalarStatement('SELECT id FROM base_salaries WHERE effective_from = ?', int);
const insertSalary = statement('INSERT INTO base_salaries (effective_from, amount, legal_basis) VALUES (?, ?, ?)');
const updateSalary = statement('UPDATE base_salaries SET effective_from = ?, amount = ?, legal_basis = ? WHERE id = ?');
const deleteSalary = statement('DELETE FROM base_salaries WHERE id = ?');
import { writeAudit } from '../audit/auditLog';
import { formatDateVi } from '../../../shared/domain/format/date';

export function listBaseSalaries(db: Db): BaseSalaryRow[] {
  return baseSalaries(db).all();
}

function findById(db: Db, id: number): BaseSalaryRow | undefined {
  return listBaseSalaries(db).find((row) => row.id === id);
}

export function saveBaseSalary(
  ctx: BackendContext,
  input: { id?: number | undefined; effectiveFrom: string; amount: number; legalBasis: string },
): BaseSalaryRow[] {
  const { db } = ctx;
  const at = ctx.now().toISOString();
  db.transaction(() => {
    const clash = salaryOnDate(db).get(input.effectiveFrom);
    if (clash !== undefined && clash !== input.id) {
      throw new AppError('BASE_SALARY_DATE_TAKEN', { date: formatDateVi(input.effectiveFrom), field: 'effectiveFrom' });
    }
    const values = { effective_from: input.effectiveFrom, amount: input.amount, legal_basis: input.legalBasis };
    if (input.id === undefined) {
      const { lastInsertRowid } = insertSalary(db).run(values.effective_from, values.amount, values.legal_basis);
      writeAudit(db, ctx.actor, at, { action: 'create', entity: 'base_salaries', entityId: Number(lastInsertRowid), after: values });
      return;
    }
    const before = findById(db, input.id);
    if (!before) throw new AppError('NOT_FOUND', { what: `base salary #${input.id}` });
    updateSalary(db).run(values.effective_from, values.amount, values.legal_basis, input.id);
    writeAudit(db, ctx.actor, at, { action: 'update', entity: 'base_salaries', entityId: input.id, before, after: values });
  })();
  return listBaseSalaries(db);
}

export function deleteBaseSalary(ctx: BackendContext, id: number): BaseSalaryRow[] {
  const { db } = ctx;
  db.transaction(() => {
    const before = findById(db, id);
    if (!before) throw new AppError('NOT_FOUND', { what: `base salary #${id}` });
    deleteSalary(db).run(id);
    writeAudit(db, ctx.actor, ctx.now().toISOString(), { action: 'delete', entity: 'base_salaries', entityId: id, before });
  })();
  return listBaseSalaries(db);
}
