import { ISSUER_LEVELS, KIND_CATEGORIES, KIND_RECIPIENTS, type AwardKind, type AwardKindDraft } from '../../../shared/awards/model';
import { formatDateVi } from '../../../shared/domain/format/date';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { writeAudit } from '../audit';
import type { Db } from '../db/connection';
import { columns, int, oneOf, real, realOrNull, type RowOf, scalarStatement, statement, text } from '../db/rows';

const kindRow = columns({
  id: int,
  category: oneOf(KIND_CATEGORIES),
  code: text,
  name: text,
  issuer_level: oneOf(ISSUER_LEVELS),
  recipient_kind: oneOf(KIND_RECIPIENTS),
  position: int,
  active: int,
  used_by: int,
});
type KindRow = RowOf<typeof kindRow>;

const SELECT_KINDS = `
  SELECT k.id, k.category, k.code, k.name, k.issuer_level, k.recipient_kind, k.position, k.active,
         (SELECT count(*) FROM awards a WHERE a.form_kind_id = k.id OR a.title_kind_id = k.id) AS used_by
    FROM award_kinds k`;
const KINDS_ORDER = 'ORDER BY k.category DESC, k.position, k.name';

const allKindsSql = statement(`${SELECT_KINDS} ${KINDS_ORDER}`, kindRow);
const activeKindsSql = statement(`${SELECT_KINDS} WHERE k.active = 1 ${KINDS_ORDER}`, kindRow);
const kindByIdSql = statement(`${SELECT_KINDS} WHERE k.id = ?`, kindRow);
const kindIdByCodeSql = scalarStatement('SELECT id FROM award_kinds WHERE upper(code) = upper(?)', int);
const codeClashSql = statement('SELECT id, name FROM award_kinds WHERE upper(code) = upper(?) AND id IS NOT ?', columns({ id: int, name: text }));
const proposalsUsingKindSql = scalarStatement('SELECT count(*) FROM award_proposals WHERE form_kind_id = ? OR title_kind_id = ?', int);
const decisionsUsingKindSql = scalarStatement('SELECT count(*) FROM award_decisions WHERE form_kind_id = ? OR title_kind_id = ?', int);
const coefficientRow = columns({ id: int, award_kind_id: int, effective_from: text, individual: real, collective: realOrNull, legal_basis: text });
const coefficientByIdSql = statement(
  'SELECT id, award_kind_id, effective_from, individual, collective, legal_basis FROM award_coefficients WHERE id = ?',
  coefficientRow,
);
const coefficientsSql = statement(
  `SELECT id, effective_from AS effectiveFrom, individual, collective, legal_basis AS legalBasis
     FROM award_coefficients WHERE award_kind_id = ? ORDER BY effective_from`,
  columns({ id: int, effectiveFrom: text, individual: real, collective: realOrNull, legalBasis: text }),
);

const coefficientsOf = (db: Db, kindId: number) => coefficientsSql(db).all(kindId);

const toKind = (db: Db, row: KindRow): AwardKind => ({
  id: row.id,
  category: row.category,
  code: row.code,
  name: row.name,
  issuerLevel: row.issuer_level,
  recipientKind: row.recipient_kind,
  position: row.position,
  active: row.active === 1,
  usedBy: row.used_by,
  coefficients: coefficientsOf(db, row.id),
});

export function listAwardKinds(db: Db, includeInactive = true): AwardKind[] {
  const rows = (includeInactive ? allKindsSql : activeKindsSql)(db).all();
  return rows.map((row) => toKind(db, row));
}

export function requireKind(db: Db, id: number): AwardKind {
  const row = kindByIdSql(db).get(id);
  if (!row) throw new AppError('AWARD_KIND_NOT_FOUND', { ref: id });
  return toKind(db, row);
}

export function kindByCode(db: Db, code: string): AwardKind | null {
  const id = kindIdByCodeSql(db).get(code.trim());
  return id === undefined ? null : requireKind(db, id);
}

export function saveAwardKind(ctx: BackendContext, id: number | undefined, draft: AwardKindDraft): AwardKind {
  const at = ctx.now().toISOString();
  const { db } = ctx;
  const savedId = db.transaction(() => {
    const clash = codeClashSql(db).get(draft.code, id ?? null);
    if (clash) throw new AppError('AWARD_KIND_CODE_TAKEN', { code: draft.code, name: clash.name, field: 'code' });
    const values = {
      category: draft.category,
      code: draft.code,
      name: draft.name,
      issuer_level: draft.issuerLevel,
      recipient_kind: draft.recipientKind,
      position: draft.position,
      active: draft.active ? 1 : 0,
      at,
    };
    if (id === undefined) {
      const newId = Number(
        db
          .prepare(
            `INSERT INTO award_kinds (category, code, name, issuer_level, recipient_kind, position, active, created_at, updated_at)
             VALUES (@category, @code, @name, @issuer_level, @recipient_kind, @position, @active, @at, @at)`,
          )
          .run(values).lastInsertRowid,
      );
      writeAudit(db, ctx.actor, at, { action: 'create', entity: 'award_kinds', entityId: newId, after: draft });
      return newId;
    }
    const before = requireKind(db, id);
    db.prepare(
      `UPDATE award_kinds SET category = @category, code = @code, name = @name, issuer_level = @issuer_level,
         recipient_kind = @recipient_kind, position = @position, active = @active, updated_at = @at WHERE id = @id`,
    ).run({ ...values, id });
    writeAudit(db, ctx.actor, at, { action: 'update', entity: 'award_kinds', entityId: id, before, after: draft });
    return id;
  })();
  return requireKind(db, savedId);
}

export function deleteAwardKind(ctx: BackendContext, id: number): void {
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const kind = requireKind(ctx.db, id);
    const inProposals = proposalsUsingKindSql(ctx.db).one(id, id);
    const decisions = decisionsUsingKindSql(ctx.db).one(id, id);
    const count = kind.usedBy + inProposals + decisions;
    if (count > 0) throw new AppError('AWARD_KIND_IN_USE', { name: kind.name, count });
    ctx.db.prepare('DELETE FROM award_kinds WHERE id = ?').run(id);
    writeAudit(ctx.db, ctx.actor, at, { action: 'delete', entity: 'award_kinds', entityId: id, before: kind });
  })();
}

export interface CoefficientDraft {
  id?: number | undefined;
  awardKindId: number;
  effectiveFrom: string;
  individual: number;
  collective: number | null;
  legalBasis: string;
}

/** Adds or edits one dated coefficient row. Awards already decided keep the money they stored. */
export function saveCoefficient(ctx: BackendContext, draft: CoefficientDraft): AwardKind {
  const at = ctx.now().toISOString();
  const { db } = ctx;
  db.transaction(() => {
    const kind = requireKind(db, draft.awardKindId);
    const clash = db
      .prepare('SELECT id FROM award_coefficients WHERE award_kind_id = ? AND effective_from = ? AND id IS NOT ?')
      .get(draft.awardKindId, draft.effectiveFrom, draft.id ?? null);
    if (clash) throw new AppError('AWARD_COEFFICIENT_DATE_TAKEN', { name: kind.name, date: formatDateVi(draft.effectiveFrom), field: 'effectiveFrom' });
    const values = {
      award_kind_id: draft.awardKindId,
      effective_from: draft.effectiveFrom,
      individual: draft.individual,
      collective: draft.collective,
      legal_basis: draft.legalBasis,
    };
    if (draft.id === undefined) {
      const newId = db
        .prepare(
          `INSERT INTO award_coefficients (award_kind_id, effective_from, individual, collective, legal_basis)
           VALUES (@award_kind_id, @effective_from, @individual, @collective, @legal_basis)`,
        )
        .run(values).lastInsertRowid;
      writeAudit(db, ctx.actor, at, { action: 'create', entity: 'award_coefficients', entityId: Number(newId), after: values });
      return;
    }
    const before = db.prepare('SELECT * FROM award_coefficients WHERE id = ? AND award_kind_id = ?').get(draft.id, draft.awardKindId);
    if (!before) throw new AppError('NOT_FOUND', { what: `coefficient ${draft.id}` });
    db.prepare(
      `UPDATE award_coefficients SET effective_from = @effective_from, individual = @individual, collective = @collective,
         legal_basis = @legal_basis WHERE id = @id`,
    ).run({ ...values, id: draft.id });
    writeAudit(db, ctx.actor, at, { action: 'update', entity: 'award_coefficients', entityId: draft.id, before, after: values });
  })();
  return requireKind(db, draft.awardKindId);
}

export function deleteCoefficient(ctx: BackendContext, id: number): AwardKind {
  const at = ctx.now().toISOString();
  const before = coefficientByIdSql(ctx.db).get(id);
  if (!before) throw new AppError('NOT_FOUND', { what: `coefficient ${id}` });
  ctx.db.transaction(() => {
    ctx.db.prepare('DELETE FROM award_coefficients WHERE id = ?').run(id);
    writeAudit(ctx.db, ctx.actor, at, { action: 'delete', entity: 'award_coefficients', entityId: id, before });
  })();
  return requireKind(ctx.db, before.award_kind_id);
}
