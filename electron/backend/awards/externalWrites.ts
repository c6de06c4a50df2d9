import type { BackendContext } from '../core/context';
import type { Db } from '../db/connection';
import { writeAudit } from '../audit';
import { int, scalarStatement, statement, text } from '../db/rows';

/** An upper level's decision as a proposal's approval records it (columns of award_decisions). */
export interface UpperDecisionRow {
  year: number;
  number: string;
  sequence: number | null;
  decided_on: string;
  issuer_level: string;
  issuer_name: string;
  signer_name: string;
  signer_title: string;
  scope: string;
  campaign_id: number | null;
  form_kind_id: number | null;
  title_kind_id: number | null;
  subject: string;
}

const findDecisionSql = scalarStatement('SELECT id FROM award_decisions WHERE issuer_level = ? AND number = ? AND decided_on = ?', int);
const insertDecisionSql = statement(`
  INSERT INTO award_decisions (year, number, sequence, decided_on, issuer_level, issuer_name, signer_name, signer_title,
    scope, campaign_id, form_kind_id, title_kind_id, subject, created_at, updated_at)
  VALUES (@year, @number, @sequence, @decided_on, @issuer_level, @issuer_name, @signer_name, @signer_title,
    @scope, @campaign_id, @form_kind_id, @title_kind_id, @subject, @at, @at)`);
const awardSql = statement('SELECT * FROM awards WHERE id = ?');
const decisionSql = statement('SELECT * FROM award_decisions WHERE id = ?');
const decisionCreatedAtSql = scalarStatement('SELECT created_at FROM award_decisions WHERE id = ?', text);
const deleteAwardSql = statement('DELETE FROM awards WHERE id = ?');
const deleteDecisionSql = statement('DELETE FROM award_decisions WHERE id = ?');
const markPrintedSql = statement('UPDATE awards SET certificate_printed_at = ? WHERE id = ?');

/** The decision already entered with this issuer, number and date, or a new one (audited). */
export function findOrAddDecision(ctx: BackendContext, values: UpperDecisionRow, at: string): number {
  const found = findDecisionSql(ctx.db).get(values.issuer_level, values.number, values.decided_on);
  if (found !== undefined) return found;
  const id = Number(insertDecisionSql(ctx.db).run({ ...values, at }).lastInsertRowid);
  writeAudit(ctx.db, ctx.actor, at, { action: 'create', entity: 'award_decisions', entityId: id, after: values });
  return id;
}

/** Deletes one award (audited with the row as it was). */
export function deleteAward(ctx: BackendContext, awardId: number, at: string): void {
  const award = awardSql(ctx.db).get(awardId);
  deleteAwardSql(ctx.db).run(awardId);
  writeAudit(ctx.db, ctx.actor, at, { action: 'delete', entity: 'awards', entityId: awardId, before: award });
}

export function findDecisionCreatedAt(db: Db, decisionId: number): string | undefined {
  return decisionCreatedAtSql(db).get(decisionId);
}

/** Deletes one decision row (audited); the caller has checked nothing uses it. */
export function deleteDecisionRow(ctx: BackendContext, decisionId: number, at: string): void {
  const decision = decisionSql(ctx.db).get(decisionId);
  deleteDecisionSql(ctx.db).run(decisionId);
  writeAudit(ctx.db, ctx.actor, at, { action: 'delete', entity: 'award_decisions', entityId: decisionId, before: decision });
}

/** Marks an award's certificate as printed at `at`. */
export function markCertificatePrinted(db: Db, awardId: number, at: string): void {
  markPrintedSql(db).run(at, awardId);
}
