import type { CareActivity, CareDraft } from '../../../shared/statistics/care';
import { CARE_KINDS } from '../../../shared/statistics/catalogue';
import { formatDateVi } from '../../../shared/domain/format/date';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { writeAudit } from '../audit';
import { columns, int, intOrNull, oneOf, statement, text, textOrNull } from '../db/rows';

const SELECT = `
  SELECT c.id, c.year, c.kind, c.name, c.held_on AS heldOn, c.organization_id AS organizationId, coalesce(o.name, '') AS organizationName,
         c.people, c.amount, c.note, c.created_at AS createdAt
    FROM care_activities c LEFT JOIN organizations o ON o.id = c.organization_id`;

const careRow = columns({
  id: int,
  year: int,
  kind: oneOf(CARE_KINDS),
  name: text,
  heldOn: textOrNull,
  organizationId: intOrNull,
  organizationName: text,
  people: int,
  amount: int,
  note: text,
  createdAt: text,
});
const careOfYearSql = statement(`${SELECT} WHERE c.year = ? ORDER BY c.held_on IS NULL, c.held_on, c.id`, careRow);
const careSql = statement(`${SELECT} WHERE c.id = ?`, careRow);

export function listCare(ctx: BackendContext, year: number): CareActivity[] {
  return careOfYearSql(ctx.db).all(year);
}

function requireCare(ctx: BackendContext, id: number): CareActivity {
  const row = careSql(ctx.db).get(id);
  if (!row) throw new AppError('CARE_NOT_FOUND', { id });
  return row;
}

/** A Tết activity of year Y may be held in December of Y−1; nothing later than 31/12/Y. */
function validate(ctx: BackendContext, draft: CareDraft): void {
  if (draft.organizationId !== null && !ctx.db.prepare("SELECT 1 FROM organizations WHERE id = ? AND level = 'grassroots'").get(draft.organizationId)) {
    throw new AppError('CARE_UNION_NOT_FOUND', { name: draft.name, id: draft.organizationId });
  }
  if (draft.heldOn && (draft.heldOn < `${draft.year - 1}-12-01` || draft.heldOn > `${draft.year}-12-31`)) {
    throw new AppError('CARE_DATE_OUTSIDE_YEAR', { name: draft.name, date: formatDateVi(draft.heldOn), year: draft.year, previous: draft.year - 1 });
  }
}

export function saveCare(ctx: BackendContext, id: number | undefined, draft: CareDraft): CareActivity {
  const at = ctx.now().toISOString();
  const params = { ...draft, at };
  const savedId = ctx.db.transaction(() => {
    validate(ctx, draft);
    if (id === undefined) {
      const newId = Number(
        ctx.db
          .prepare(
            `INSERT INTO care_activities (year, kind, name, held_on, organization_id, people, amount, note, created_at)
             VALUES (@year, @kind, @name, @heldOn, @organizationId, @people, @amount, @note, @at)`,
          )
          .run(params).lastInsertRowid,
      );
      writeAudit(ctx.db, ctx.actor, at, { action: 'create', entity: 'care_activities', entityId: newId, after: draft });
      return newId;
    }
    const before = requireCare(ctx, id);
    ctx.db
      .prepare(
        `UPDATE care_activities SET year = @year, kind = @kind, name = @name, held_on = @heldOn, organization_id = @organizationId,
           people = @people, amount = @amount, note = @note WHERE id = @id`,
      )
      .run({ ...params, id });
    writeAudit(ctx.db, ctx.actor, at, { action: 'update', entity: 'care_activities', entityId: id, before, after: draft });
    return id;
  })();
  return requireCare(ctx, savedId);
}

export function deleteCare(ctx: BackendContext, id: number): { deleted: number } {
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const before = requireCare(ctx, id);
    ctx.db.prepare('DELETE FROM care_activities WHERE id = ?').run(id);
    writeAudit(ctx.db, ctx.actor, at, { action: 'delete', entity: 'care_activities', entityId: id, before });
  })();
  return { deleted: 1 };
}
