import { defaultDecisionDate } from '../../../shared/awards/decisionPeriod';
import type { UpperDraftDecision } from '../../../shared/upperRollup/proposals';
import { addAwards, getDecision, suggestDecisionNumber, writeDecisionRow, type NewAward } from '../awards';
import { AppError } from '../core/appError';
import type { BackendContext } from '../core/context';
import { getSettings } from '../settings';
import { proposalRecords } from './proposals';
import { kindsOfDecision, sharedKind, type DraftKind } from './draftKinds';
import { columns, int, query, real, scalar, text } from '../db/rows';

function kindByName(ctx: BackendContext, name: string | null, category: 'form' | 'title'): number | null {
  if (!name) return null;
  return (scalar(ctx.db, 'SELECT id FROM award_kinds WHERE category = ? AND name = ? ORDER BY active DESC, id LIMIT 1', int).get(category, name)) ?? null;
}

/**
 * The year's draft: the decision made by an earlier call (while it exists), or a new one of ours
 * granting the form (or title) its first rows share, dated in the year's statistics period (today,
 * or the cut-off when today is past it: proposals of a year are decided as that year's awards).
 */
function draftDecisionId(ctx: BackendContext, year: number, kind: Pick<DraftKind, 'formKindId' | 'titleKindId'>): number {
  const existing = scalar(ctx.db, 'SELECT decision_id FROM upper_draft_decisions WHERE year = ?', real).get(year);
  if (existing !== undefined) return existing;
  const settings = getSettings(ctx.db, ctx.now());
  const decidedOn = defaultDecisionDate(year, ctx.now().toISOString().slice(0, 10));
  const id = writeDecisionRow(ctx, undefined, {
    number: suggestDecisionNumber(ctx, Number(decidedOn.slice(0, 4))).number,
    decidedOn,
    issuerLevel: 'own_office',
    issuerName: settings['office.name'],
    signerName: settings['office.signerName'],
    signerTitle: settings['office.signerTitle'],
    signerBlock: '',
    scope: 'all_round',
    campaignId: null,
    ...kind,
    subject: `Về việc khen thưởng các tập thể, cá nhân do đơn vị cấp dưới đề nghị năm ${year}`,
  });
  ctx.db.prepare('INSERT INTO upper_draft_decisions (year, decision_id) VALUES (?, ?)').run(year, id);
  return id;
}

/** A draft without a form of its own takes the one all its rows now share; a form already there stays. */
function settleDecisionKind(ctx: BackendContext, decisionId: number, kinds: DraftKind[]): void {
  const decision = getDecision(ctx.db, decisionId);
  const shared = sharedKind(kinds);
  if (decision.formKindId !== null || decision.titleKindId !== null || (shared.formKindId === null && shared.titleKindId === null)) return;
  writeDecisionRow(ctx, decisionId, { ...decision, ...shared });
}

/**
 * The approved rows of the year become awards of the upper office's own decision (a draft in its
 * decisions list, priced by the base salary on its date); each recipient's unit names the lower
 * office it came from. Running it again adds the rows approved since. One transaction.
 */
export function draftDecision(ctx: BackendContext, year: number): UpperDraftDecision {
  return ctx.db.transaction((): UpperDraftDecision => {
    const rows = proposalRecords(ctx.db, year).filter((r) => r.status === 'approved' && r.awardId === null);
    if (rows.length === 0 && !ctx.db.prepare('SELECT 1 FROM upper_draft_decisions WHERE year = ?').get(year)) throw new AppError('UPPER_DRAFT_NOTHING_APPROVED', { year });
    const awards: NewAward[] = rows.map((r, index) => {
      const formKindId = kindByName(ctx, r.formName, 'form');
      const titleKindId = kindByName(ctx, r.titleName, 'title');
      if (formKindId === null && titleKindId === null) {
        throw new AppError('UPPER_DRAFT_KIND_UNKNOWN', { row: index + 1, name: r.recipient, office: r.officeLabel, kind: r.formName ?? r.titleName ?? '—' });
      }
      return {
        recipientKind: r.recipientKind,
        recipientName: r.recipient,
        recipientUnit: [r.unit, r.officeLabel].filter((s) => s.trim() !== '').join(', '),
        achievement: r.achievement,
        formKindId,
        titleKindId,
      };
    });
    const decisionId = draftDecisionId(ctx, year, sharedKind(awards.map((a) => ({ formKindId: a.formKindId ?? null, titleKindId: a.titleKindId ?? null }))));
    const ids = addAwards(ctx, decisionId, awards);
    const kinds = kindsOfDecision(ctx.db, decisionId);
    settleDecisionKind(ctx, decisionId, kinds);
    const link = ctx.db.prepare('UPDATE upper_proposal_decisions SET award_id = ? WHERE office_id = ? AND lower_item_id = ?');
    rows.forEach((r, i) => link.run(ids[i], r.officeId, r.lowerItemId));
    const decision = query(ctx.db, 'SELECT number, decided_on AS decidedOn FROM award_decisions WHERE id = ?', columns({ number: text, decidedOn: text })).one(decisionId);
    const totals = query(ctx.db, 'SELECT count(*) AS recipients, coalesce(sum(amount), 0) AS total FROM awards WHERE decision_id = ?', columns({ recipients: real, total: real })).one(decisionId);
    return { decisionId, ...decision, added: rows.length, ...totals, kinds: kinds.map((k) => k.name) };
  })();
}
