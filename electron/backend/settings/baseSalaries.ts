import type { BaseSalaryRow } from '../../../shared/settings/baseSalary';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import type { Db } from '../db/connection';
import { all, first, run, sql } from '../db/query';
import { writeAudit } from '../audit';
import { formatDateVi } from '../../../shared/domain/format/date';

export function listBaseSalaries(db: Db): BaseSalaryRow[] {
  return all(
    db,
    sql
      .selectFrom('base_salaries')
      .select(['id', 'effective_from as effectiveFrom', 'amount', 'legal_basis as legalBasis'])
      .orderBy('effective_from'),
  );
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
    const clash = first(
      db,
      sql.selectFrom('base_salaries').select('id').where('effective_from', '=', input.effectiveFrom),
    );
    if (clash && clash.id !== input.id) {
      throw new AppError('BASE_SALARY_DATE_TAKEN', { date: formatDateVi(input.effectiveFrom), field: 'effectiveFrom' });
    }
    const values = { effective_from: input.effectiveFrom, amount: input.amount, legal_basis: input.legalBasis };
    if (input.id === undefined) {
      const { lastInsertRowid } = run(db, sql.insertInto('base_salaries').values(values));
      writeAudit(db, ctx.actor, at, { action: 'create', entity: 'base_salaries', entityId: lastInsertRowid, after: values });
      return;
    }
    const before = findById(db, input.id);
    if (!before) throw new AppError('NOT_FOUND', { what: `base salary #${input.id}` });
    run(db, sql.updateTable('base_salaries').set(values).where('id', '=', input.id));
    writeAudit(db, ctx.actor, at, { action: 'update', entity: 'base_salaries', entityId: input.id, before, after: values });
  })();
  return listBaseSalaries(db);
}

export function deleteBaseSalary(ctx: BackendContext, id: number): BaseSalaryRow[] {
  const { db } = ctx;
  db.transaction(() => {
    const before = findById(db, id);
    if (!before) throw new AppError('NOT_FOUND', { what: `base salary #${id}` });
    run(db, sql.deleteFrom('base_salaries').where('id', '=', id));
    writeAudit(db, ctx.actor, ctx.now().toISOString(), { action: 'delete', entity: 'base_salaries', entityId: id, before });
  })();
  return listBaseSalaries(db);
}
