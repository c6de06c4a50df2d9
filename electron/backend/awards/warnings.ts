import type { AwardWarning, DecisionDraft, RecipientDraft } from '../../../shared/awards/model';
import { formatDateVi } from '../../../shared/domain/format/date';
import type { Db } from '../db/connection';
import { columns, query, scalarStatement, text, type RowOf } from '../db/rows';

type Recipient = Pick<RecipientDraft, 'recipientKind' | 'memberId' | 'organizationId' | 'recipientName' | 'formKindId' | 'titleKindId'>;
type Decision = Pick<DecisionDraft, 'decidedOn' | 'issuerLevel' | 'scope' | 'formKindId' | 'titleKindId'>;

const foundRow = columns({ number: text, decided_on: text });
type Found = RowOf<typeof foundRow>;

/** SQL matching an award row `a` to the same subject: the member, the unit, or the same typed name. */
function subjectWhere(r: Recipient): { where: string; params: unknown[] } {
  if (r.memberId != null) return { where: 'a.member_id = ?', params: [r.memberId] };
  if (r.organizationId != null && r.recipientKind === 'collective') {
    return { where: "a.organization_id = ? AND a.recipient_kind = 'collective'", params: [r.organizationId] };
  }
  return { where: 'a.member_id IS NULL AND a.recipient_kind = ? AND a.recipient_name = ?', params: [r.recipientKind, r.recipientName.trim()] };
}

const subjectKey = (r: Recipient) =>
  r.memberId != null ? `m${r.memberId}` : r.organizationId != null && r.recipientKind === 'collective' ? `o${r.organizationId}` : `n${r.recipientKind}:${r.recipientName.trim()}`;

const memberStatusSql = scalarStatement('SELECT status FROM members WHERE id = ?', text);

const label = (found: Found) => `${found.number} (${formatDateVi(found.decided_on)})`;

/**
 * Warnings before saving a decision, each naming the recipient: an all-round and a thematic award
 * by the same level in one year; the same award already given this year (or twice in this list);
 * a member who is no longer active.
 */
export function awardWarnings(db: Db, decisionId: number | null, decision: Decision, recipients: Recipient[]): AwardWarning[] {
  const year = Number(decision.decidedOn.slice(0, 4));
  const warnings: AwardWarning[] = [];
  const seen = new Map<string, number>();
  recipients.forEach((r, index) => {
    const name = r.recipientName.trim();
    const formKindId = r.formKindId === undefined ? decision.formKindId : r.formKindId;
    const titleKindId = r.titleKindId === undefined ? decision.titleKindId : r.titleKindId;
    const subject = subjectWhere(r);
    // The per-row queries differ only by the subject's WHERE (three shapes): query() prepares each once.
    const other = query(
      db,
      `SELECT d.number, d.decided_on FROM awards a JOIN award_decisions d ON d.id = a.decision_id
          WHERE ${subject.where} AND d.year = ? AND d.issuer_level = ? AND d.scope <> ? AND d.id IS NOT ? LIMIT 1`,
      foundRow,
    ).get(...subject.params, year, decision.issuerLevel, decision.scope, decisionId);
    if (other) warnings.push({ index, code: 'both_scopes', recipientName: name, detail: label(other) });

    const same = query(
      db,
      `SELECT d.number, d.decided_on FROM awards a JOIN award_decisions d ON d.id = a.decision_id
          WHERE ${subject.where} AND a.year = ? AND a.form_kind_id IS ? AND a.title_kind_id IS ? AND d.id IS NOT ? LIMIT 1`,
      foundRow,
    ).get(...subject.params, year, formKindId ?? null, titleKindId ?? null, decisionId);
    const key = `${subjectKey(r)}|${formKindId ?? ''}|${titleKindId ?? ''}`;
    const earlier = seen.get(key);
    if (same) warnings.push({ index, code: 'already_awarded', recipientName: name, detail: label(same) });
    else if (earlier !== undefined) warnings.push({ index, code: 'already_awarded', recipientName: name, detail: `#${earlier + 1}` });
    if (earlier === undefined) seen.set(key, index);

    if (r.memberId != null) {
      const status = memberStatusSql(db).get(r.memberId);
      if (status !== undefined && status !== 'active') warnings.push({ index, code: 'member_left', recipientName: name, detail: status });
    }
  });
  return warnings;
}
