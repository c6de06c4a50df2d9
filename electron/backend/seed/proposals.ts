import type { BackendContext } from '../core/context';
import { rankSheet } from '../clusters/ranking';
import { approveItems, rejectItems } from '../proposals/decide';
import { addItems, saveProposal } from '../proposals/service';
import type { ProposalItemDraft } from '../../../shared/proposals/model';
import type { DomainSeedContext } from './domainSeed';
import { columns, int, query, scalar, text } from '../db/rows';

const PEOPLE = 6;

/** The top units of the year's first block of our CĐCS, else a few CĐCS picked at random. */
function collectives(cx: DomainSeedContext): ProposalItemDraft[] {
  const sheet = scalar(cx.db, `SELECT s.id FROM score_sheets s JOIN clusters c ON c.id = s.cluster_id
        WHERE s.year = ? AND c.scope = 'own_unions' ORDER BY s.id LIMIT 1`, int).get(cx.year);
  const ranked = sheet === undefined ? [] : rankSheet(cx.db, sheet).filter((u) => u.organizationId !== null).slice(0, 3);
  const ids = ranked.length > 0 ? ranked.map((u) => u.organizationId!) : cx.rng.shuffled([...cx.unions]).slice(0, 3).map((u) => u.id);

  return ids.map((id, i) => ({
    recipientKind: 'collective',
    memberId: null,
    organizationId: id,
    recipientName: scalar(cx.db, 'SELECT name FROM organizations WHERE id = ?', text).one(id),
    recipientUnit: '',
    achievement: ranked[i] ? `Xếp thứ ${ranked[i].rank} khối thi đua năm ${cx.year}; CĐCS hoàn thành xuất sắc nhiệm vụ tiêu biểu` : `Hoàn thành xuất sắc nhiệm vụ năm ${cx.year}`,
    note: '',
    source: ranked[i] ? 'cluster_rank' : 'manual',
  }));
}

/** A few members of random CĐCS (one member each: never a scan of the members table). */
function individuals(cx: DomainSeedContext): ProposalItemDraft[] {
  const firstMember = query(cx.db, "SELECT id, full_name FROM members WHERE organization_id = ? AND status = 'active' LIMIT 1", columns({ id: int, full_name: text }));
  const items: ProposalItemDraft[] = [];
  for (const union of cx.rng.shuffled([...cx.unions]).slice(0, PEOPLE * 2)) {
    const member = firstMember.get(union.id);
    if (!member) continue;
    items.push({
      recipientKind: 'individual',
      memberId: member.id,
      organizationId: null,
      recipientName: member.full_name,
      recipientUnit: '',
      achievement: `Có nhiều đóng góp trong phong trào thi đua "Lao động giỏi, Lao động sáng tạo" năm ${cx.year}`,
      note: '',
      source: 'manual',
    });
    if (items.length === PEOPLE) break;
  }
  return items;
}

/**
 * A proposal to LĐLĐ thành phố for its Bằng khen: some rows approved by the city's decision (the
 * awards are written through awards/addAwards), some rejected, the rest still waiting.
 */
export function seedProposals(cx: DomainSeedContext): void {
  const kind = scalar(cx.db, "SELECT id FROM award_kinds WHERE code = 'BK-LDLD'", int).get();
  if (kind === undefined || cx.unions.length === 0) return;
  const ctx = { db: cx.db, actor: 'seed', now: () => new Date(cx.at), locale: 'vi' } as unknown as BackendContext;
  const proposal = saveProposal(ctx, undefined, {
    year: cx.year,
    number: `${cx.rng.int(20, 60)}/TTr-LĐLĐ`,
    submittedOn: `${cx.year}-11-20`,
    toIssuerLevel: 'province',
    formKindId: kind,
    titleKindId: null,
    scope: 'all_round',
    campaignId: null,
    subject: `đề nghị tặng Bằng khen của Liên đoàn Lao động thành phố năm ${cx.year}`,
    body: '',
    addressee: '',
    recipients: '',
    signerName: '',
    signerTitle: 'CHỦ TỊCH',
    signerBlock: 'TM. BAN THƯỜNG VỤ',
    themeCap: 4,
  });
  const filled = addItems(ctx, proposal.id, [...collectives(cx), ...individuals(cx)]);
  const rows = filled.items;
  const approved = [rows[0], rows[1], rows[3], rows[4]].filter((r) => r !== undefined).map((r) => r.id);
  const rejected = rows[2] ? [rows[2].id] : [];
  if (approved.length > 0) approveItems(ctx, approved, { number: `${cx.rng.int(1000, 2500)}/QĐ-LĐLĐ`, decidedOn: `${cx.year}-12-10`, issuerName: '', signerName: '', signerTitle: 'CHỦ TỊCH', subject: `Về việc tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc năm ${cx.year}` });
  if (rejected.length > 0) rejectItems(ctx, rejected, 'Chưa đủ thời gian đạt danh hiệu theo quy định');
}
