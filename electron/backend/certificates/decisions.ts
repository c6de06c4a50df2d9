import type { AwardForCertificate, DecisionSummary } from '../../../shared/certificates/print';
import type { CertificateValues } from '../../../shared/certificates/values';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { readSetting } from '../settings';

interface DecisionRow {
  id: number;
  number: string;
  decided_on: string;
  issuer_name: string;
  form_kind_id: number | null;
  form_name: string | null;
  subject: string;
  signer_name: string;
  signer_title: string;
  signer_block: string;
  awards: number;
  printed: number;
}

const DECISION_SQL = `
  SELECT d.id, d.number, d.decided_on, d.issuer_name, d.form_kind_id, k.name AS form_name, d.subject,
         d.signer_name, d.signer_title, d.signer_block,
         (SELECT count(*) FROM awards a WHERE a.decision_id = d.id) AS awards,
         (SELECT count(*) FROM awards a WHERE a.decision_id = d.id AND a.certificate_printed_at IS NOT NULL) AS printed
  FROM award_decisions d LEFT JOIN award_kinds k ON k.id = d.form_kind_id`;

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
  return (ctx.db.prepare(`${DECISION_SQL} WHERE d.year = ? ORDER BY d.decided_on DESC, d.id DESC`).all(year) as DecisionRow[]).map(toSummary);
}

export function decisionRow(ctx: BackendContext, id: number): DecisionRow {
  const row = ctx.db.prepare(`${DECISION_SQL} WHERE d.id = ?`).get(id) as DecisionRow | undefined;
  if (!row) throw new AppError('CERTIFICATE_DECISION_NOT_FOUND', { decision: String(id) });
  return row;
}

/** A decision by its number ("123/QĐ-LĐLĐ"), as the CLI names it. */
export function decisionByNumber(ctx: BackendContext, number: string): DecisionSummary {
  const rows = ctx.db.prepare(`${DECISION_SQL} WHERE d.number = ? ORDER BY d.decided_on DESC`).all(number.normalize('NFC').trim()) as DecisionRow[];
  if (rows.length === 0) throw new AppError('CERTIFICATE_DECISION_NOT_FOUND', { decision: number });
  if (rows.length > 1) {
    throw new AppError('CERTIFICATE_DECISION_AMBIGUOUS', { decision: number, count: rows.length, dates: rows.map((r) => r.decided_on).join(', ') });
  }
  return toSummary(rows[0]!);
}

interface AwardRow {
  id: number;
  recipient_name: string;
  recipient_unit: string;
  achievement: string;
  recipient_kind: 'individual' | 'collective';
  certificate_printed_at: string | null;
  prints: number;
}

const AWARDS_SQL = `
  SELECT a.id, a.recipient_name, a.recipient_unit, a.achievement, a.recipient_kind, a.certificate_printed_at,
         (SELECT count(*) FROM certificate_prints p WHERE p.award_id = a.id) AS prints
  FROM awards a WHERE a.decision_id = ? ORDER BY a.position, a.id`;

export function listDecisionAwards(ctx: BackendContext, decisionId: number): AwardForCertificate[] {
  decisionRow(ctx, decisionId);
  return (ctx.db.prepare(AWARDS_SQL).all(decisionId) as AwardRow[]).map((r) => ({
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
  const rows = ctx.db.prepare(AWARDS_SQL).all(decisionId) as AwardRow[];
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
