import type { AwardForCertificate, DecisionSummary } from '../../../shared/certificates/print';
import type { CertificateValues } from '../../../shared/certificates/values';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { readSetting } from '../settings';
import { RECIPIENT_KINDS } from '../../../shared/awards/model';
import { columns, int, intOrNull, oneOf, type RowOf, statement, text, textOrNull } from '../db/rows';

const decisionShape = columns({
  id: int,
  number: text,
  decided_on: text,
  issuer_name: text,
  form_kind_id: intOrNull,
  form_name: textOrNull,
  subject: text,
  signer_name: text,
  signer_title: text,
  signer_block: text,
  awards: int,
  printed: int,
});
type DecisionRow = RowOf<typeof decisionShape>;

const DECISION_SQL = `
  SELECT d.id, d.number, d.decided_on, d.issuer_name, d.form_kind_id, k.name AS form_name, d.subject,
         d.signer_name, d.signer_title, d.signer_block,
         (SELECT count(*) FROM awards a WHERE a.decision_id = d.id) AS awards,
         (SELECT count(*) FROM awards a WHERE a.decision_id = d.id AND a.certificate_printed_at IS NOT NULL) AS printed
  FROM award_decisions d LEFT JOIN award_kinds k ON k.id = d.form_kind_id`;
const decisionsOfYearSql = statement(`${DECISION_SQL} WHERE d.year = ? ORDER BY d.decided_on DESC, d.id DESC`, decisionShape);
const decisionSql = statement(`${DECISION_SQL} WHERE d.id = ?`, decisionShape);
const decisionsNumberedSql = statement(`${DECISION_SQL} WHERE d.number = ? ORDER BY d.decided_on DESC`, decisionShape);

const toSummary = (r: DecisionRow): DecisionSummary => ({
  id: r.id,
  number: r.number,
  decidedOn: r.decided_on,
  issuerName: r.issuer_name,
  formKindId: r.form_kind_id,
  formName: r.form_name ?? '',
  subject: r.subject,
  awards: r.awards,
  printed: r.printed,
});

/** The year's decisions, newest first, with how many awards each has and how many are printed. */
export function listDecisions(ctx: BackendContext, year: number): DecisionSummary[] {
  return decisionsOfYearSql(ctx.db).all(year).map(toSummary);
}

export function decisionRow(ctx: BackendContext, id: number): DecisionRow {
  const row = decisionSql(ctx.db).get(id);
  if (!row) throw new AppError('CERTIFICATE_DECISION_NOT_FOUND', { decision: String(id) });
  return row;
}

/** A decision by its number ("123/QĐ-LĐLĐ"), as the CLI names it. */
export function decisionByNumber(ctx: BackendContext, number: string): DecisionSummary {
  const rows = decisionsNumberedSql(ctx.db).all(number.normalize('NFC').trim());
  if (rows.length === 0) throw new AppError('CERTIFICATE_DECISION_NOT_FOUND', { decision: number });
  if (rows.length > 1) {
    throw new AppError('CERTIFICATE_DECISION_AMBIGUOUS', { decision: number, count: rows.length, dates: rows.map((r) => r.decided_on).join(', ') });
  }
  return toSummary(rows[0]!);
}

const AWARDS_SQL = `
  SELECT a.id, a.recipient_name, a.recipient_unit, a.achievement, a.recipient_kind, a.certificate_printed_at,
         (SELECT count(*) FROM certificate_prints p WHERE p.award_id = a.id) AS prints
  FROM awards a WHERE a.decision_id = ? ORDER BY a.position, a.id`;
const awardsSql = statement(
  AWARDS_SQL,
  columns({
    id: int,
    recipient_name: text,
    recipient_unit: text,
    achievement: text,
    recipient_kind: oneOf(RECIPIENT_KINDS),
    certificate_printed_at: textOrNull,
    prints: int,
  }),
);

export function listDecisionAwards(ctx: BackendContext, decisionId: number): AwardForCertificate[] {
  decisionRow(ctx, decisionId);
  return awardsSql(ctx.db).all(decisionId).map((r) => ({
    id: r.id,
    recipientName: r.recipient_name,
    recipientUnit: r.recipient_unit,
    achievement: r.achievement,
    recipientKind: r.recipient_kind,
    certificatePrintedAt: r.certificate_printed_at,
    prints: r.prints,
  }));
}

/** The values of each chosen award's certificate, in the decision's order. */
export function certificateValues(ctx: BackendContext, decisionId: number, awardIds?: number[]): { id: number; values: CertificateValues }[] {
  const decision = decisionRow(ctx, decisionId);
  const placeName = String(readSetting(ctx.db, 'office.placeName') ?? '');
  const rows = awardsSql(ctx.db).all(decisionId);
  let chosen = rows;
  if (awardIds) {
    const byId = new Map(rows.map((r) => [r.id, r]));
    chosen = awardIds.map((id) => {
      const row = byId.get(id);
      if (!row) throw new AppError('CERTIFICATE_AWARD_NOT_IN_DECISION', { id });
      return row;
    });
  }
  if (chosen.length === 0) throw new AppError('CERTIFICATE_NO_AWARDS', { decision: decision.number });
  return chosen.map((r) => ({
    id: r.id,
    values: {
      recipientName: r.recipient_name,
      recipientUnit: r.recipient_unit,
      achievement: r.achievement,
      decisionNumber: decision.number,
      decidedOn: decision.decided_on,
      placeName,
      signerBlock: decision.signer_block,
      signerTitle: decision.signer_title,
      signerName: decision.signer_name,
    },
  }));
}
