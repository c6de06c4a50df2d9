import { formatNumber } from '../../../shared/domain/format/number';
import type { ProposalCandidate } from '../../../shared/proposals/model';
import { AppError } from '../core/appError';
import type { Db } from '../db/connection';
import { rankSheet } from '../clusters';
import { recipientFields, recipientSelect } from '../awards';
import { columns, int, intOrNull, scalarStatement, statement, text, textOrNull } from '../db/rows';
import { itemRows } from './repository';
import { requireProposal } from './service';
import { subjectKey } from './warnings';

const LIMIT = 500;

const orgNameSql = scalarStatement('SELECT name FROM organizations WHERE id = ?', text);

/** Top-ranked units of a cluster's score sheet, best first; the flag proposals come pre-ticked. */
function fromClusterRanking(db: Db, sheetId: number | undefined, year: number): Candidate[] {
  if (sheetId === undefined) throw new AppError('PROPOSAL_CANDIDATE_SHEET');
  return rankSheet(db, sheetId).map((unit) => ({
    recipientKind: 'collective',
    memberId: null,
    organizationId: unit.organizationId,
    recipientName: unit.organizationId === null ? unit.name : (orgNameSql(db).get(unit.organizationId) ?? unit.name),
    recipientUnit: '',
    achievement: `Xếp thứ ${unit.rank} trong cụm thi đua năm ${year}, tổng điểm thống nhất ${formatNumber(unit.agreedTotal)}${unit.ratingLabel ? ` (${unit.ratingLabel})` : ''}`,
    note: '',
    source: 'cluster_rank',
    hint: `#${unit.rank} · ${formatNumber(unit.agreedTotal)}`,
    suggested: unit.proposedForFlag,
  }));
}

const initiativeSql = statement(`
  SELECT a.member_id AS memberId, a.name, i.title, i.value, i.organization_id AS orgId, o.name AS orgName,
         m.organization_id AS memberOrgId, mo.name AS memberOrgName, m.occupation
    FROM initiative_authors a
    JOIN initiatives i ON i.id = a.initiative_id
    JOIN campaigns c ON c.id = i.campaign_id
    LEFT JOIN organizations o ON o.id = i.organization_id
    LEFT JOIN members m ON m.id = a.member_id
    LEFT JOIN organizations mo ON mo.id = m.organization_id
   WHERE (i.recognized_on IS NOT NULL AND substr(i.recognized_on, 1, 4) = @year)
      OR (i.recognized_on IS NULL AND c.year = @yearNumber)
   ORDER BY i.value DESC, a.id LIMIT ${LIMIT}`,
  columns({
    memberId: intOrNull,
    name: text,
    title: text,
    value: int,
    orgId: intOrNull,
    orgName: textOrNull,
    memberOrgId: intOrNull,
    memberOrgName: textOrNull,
    occupation: textOrNull,
  }),
);

/** Authors of the year's initiatives (recognised that year, or of that year's campaigns when undated). */
function fromInitiatives(db: Db, year: number): Candidate[] {
  const rows = initiativeSql(db).all({ year: String(year), yearNumber: year });
  return rows.map((r) => ({
    recipientKind: 'individual',
    memberId: r.memberId,
    organizationId: r.memberOrgId ?? r.orgId,
    recipientName: r.name,
    recipientUnit: [r.occupation, r.memberOrgName ?? r.orgName].filter(Boolean).join(', '),
    achievement: `Tác giả sáng kiến "${r.title}"${r.value > 0 ? `, giá trị làm lợi ${formatNumber(r.value)} đồng` : ''}`,
    note: '',
    source: 'initiative',
    hint: r.title,
    suggested: false,
  }));
}

const ownAwardsSql = statement(`
  SELECT ${recipientSelect('a')},
         coalesce(t.name, f.name) AS kindName, d.number
    FROM awards a JOIN award_decisions d ON d.id = a.decision_id
    LEFT JOIN award_kinds f ON f.id = a.form_kind_id
    LEFT JOIN award_kinds t ON t.id = a.title_kind_id
   WHERE a.year = ? AND d.issuer_level = 'own_office'
   ORDER BY d.decided_on, a.position LIMIT ${LIMIT}`,
  columns({
    ...recipientFields,
    kindName: textOrNull,
    number: text,
  }),
);

/** Our own award recipients of the year (the usual pool for a higher award). */
function fromOwnAwards(db: Db, year: number): Candidate[] {
  const rows = ownAwardsSql(db).all(year);
  return rows.map(({ kindName, number, ...row }) => ({ ...row, note: '', source: 'award', hint: `${kindName ?? ''} · ${number}`, suggested: false }));
}

type Candidate = Omit<ProposalCandidate, 'alreadyIn'>;

export function proposalCandidates(db: Db, query: { proposalId: number; source: 'cluster_rank' | 'initiative' | 'award'; sheetId?: number | undefined }): ProposalCandidate[] {
  const proposal = requireProposal(db, query.proposalId);
  const list =
    query.source === 'cluster_rank'
      ? fromClusterRanking(db, query.sheetId, proposal.year)
      : query.source === 'initiative'
        ? fromInitiatives(db, proposal.year)
        : fromOwnAwards(db, proposal.year);
  const present = new Set(itemRows(db, proposal.id).map(subjectKey));
  return list.map((c) => {
    const key = subjectKey({ recipient_kind: c.recipientKind, member_id: c.memberId, organization_id: c.organizationId, recipient_name: c.recipientName });
    return { ...c, alreadyIn: present.has(key) };
  });
}
