import { basesOn, type DecisionBasis, type DecisionBasisDraft } from '../../../shared/awards/decisionBases';
import { ISSUER_LEVELS, type IssuerLevel } from '../../../shared/awards/model';
import { formatDateVi } from '../../../shared/domain/format/date';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { writeAudit } from '../audit';
import type { Db } from '../db/connection';
import { columns, int, oneOf, statement, text, textOrNull } from '../db/rows';

const listSql = statement(`
  SELECT id, issuer_level AS issuerLevel, position, text, valid_from AS validFrom, valid_to AS validTo
    FROM decision_bases ORDER BY issuer_level, position, coalesce(valid_from, ''), id`,
  columns({ id: int, issuerLevel: oneOf(ISSUER_LEVELS), position: int, text, validFrom: textOrNull, validTo: textOrNull }),
);
const oneSql = statement('SELECT * FROM decision_bases WHERE id = ?');
const insertSql = statement(`
  INSERT INTO decision_bases (issuer_level, position, text, valid_from, valid_to) VALUES (@issuer_level, @position, @text, @valid_from, @valid_to)`);
const updateSql = statement(`
  UPDATE decision_bases SET issuer_level = @issuer_level, position = @position, text = @text, valid_from = @valid_from, valid_to = @valid_to WHERE id = @id`);
const deleteSql = statement('DELETE FROM decision_bases WHERE id = ?');

export function listDecisionBases(db: Db): DecisionBasis[] {
  return listSql(db).all();
}

/** The căn cứ of a decision of this issuer signed on this date. */
export function decisionBasesOn(db: Db, issuerLevel: IssuerLevel, isoDate: string): string[] {
  return basesOn(listDecisionBases(db), issuerLevel, isoDate);
}

export function saveDecisionBasis(ctx: BackendContext, draft: DecisionBasisDraft): DecisionBasis[] {
  const at = ctx.now().toISOString();
  if (draft.validFrom && draft.validTo && draft.validFrom > draft.validTo) {
    throw new AppError('DECISION_BASIS_DATES', { from: formatDateVi(draft.validFrom), to: formatDateVi(draft.validTo), field: 'validTo' });
  }
  const values = { issuer_level: draft.issuerLevel, position: draft.position, text: draft.text, valid_from: draft.validFrom, valid_to: draft.validTo };
  ctx.db.transaction(() => {
    if (draft.id === undefined) {
      const id = Number(insertSql(ctx.db).run(values).lastInsertRowid);
      writeAudit(ctx.db, ctx.actor, at, { action: 'create', entity: 'decision_bases', entityId: id, after: values });
      return;
    }
    const before = oneSql(ctx.db).get(draft.id);
    if (!before) throw new AppError('NOT_FOUND', { what: `căn cứ #${draft.id}` });
    updateSql(ctx.db).run({ ...values, id: draft.id });
    writeAudit(ctx.db, ctx.actor, at, { action: 'update', entity: 'decision_bases', entityId: draft.id, before, after: values });
  })();
  return listDecisionBases(ctx.db);
}

export function deleteDecisionBasis(ctx: BackendContext, id: number): DecisionBasis[] {
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const before = oneSql(ctx.db).get(id);
    if (!before) throw new AppError('NOT_FOUND', { what: `căn cứ #${id}` });
    deleteSql(ctx.db).run(id);
    writeAudit(ctx.db, ctx.actor, at, { action: 'delete', entity: 'decision_bases', entityId: id, before });
  })();
  return listDecisionBases(ctx.db);
}
