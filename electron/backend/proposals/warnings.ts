import { foldVietnamese } from '../../../shared/domain/text/normalize';
import type { ProposalWarning } from '../../../shared/proposals/model';
import type { Db } from '../db/connection';
import { columns, int, intOrNull, scalarStatement, statement, text } from '../db/rows';
import type { ItemRow, ProposalRow } from './repository';

interface Subject {
  recipient_kind: string;
  member_id: number | null;
  organization_id: number | null;
  recipient_name: string;
}

/** Who a row is about: the member, the unit (for a collective), else the folded name. */
export function subjectKey(row: Subject): string {
  if (row.member_id !== null) return `m${row.member_id}`;
  if (row.recipient_kind === 'collective' && row.organization_id !== null) return `o${row.organization_id}`;
  return `${row.recipient_kind[0]}:${foldVietnamese(row.recipient_name)}`;
}

const themeCountSql = scalarStatement(
  `
  SELECT count(*) FROM award_proposal_items i JOIN award_proposals p ON p.id = i.proposal_id
   WHERE p.year = @year AND p.to_issuer_level = @level AND p.scope = 'thematic' AND i.status <> 'rejected'
     AND (p.id = @id OR (@campaign IS NOT NULL AND p.campaign_id = @campaign))`,
  int,
);
const subjectColumns = { recipient_kind: text, member_id: intOrNull, organization_id: intOrNull, recipient_name: text } as const;

const otherScopeItemsSql = statement(
  `
  SELECT i.recipient_kind, i.member_id, i.organization_id, i.recipient_name, p.number, p.id AS proposal_id
    FROM award_proposal_items i JOIN award_proposals p ON p.id = i.proposal_id
   WHERE p.year = @year AND p.to_issuer_level = @level AND p.scope <> @scope AND i.status <> 'rejected'`,
  columns({ ...subjectColumns, number: text, proposal_id: int }),
);

const otherScopeAwardsSql = statement(
  `
  SELECT a.recipient_kind, a.member_id, a.organization_id, a.recipient_name, d.number
    FROM awards a JOIN award_decisions d ON d.id = a.decision_id
   WHERE a.year = @year AND d.issuer_level = @level AND d.scope <> @scope`,
  columns({ ...subjectColumns, number: text }),
);

/**
 * What the upper level would refuse: more thematic rows for one theme than its cap (counted over
 * this year's thematic proposals to the same level for the same campaign), and a subject proposed
 * (or already awarded) by the same level both all-round and thematic in one year.
 */
export function proposalWarnings(db: Db, proposal: ProposalRow, items: ItemRow[]): ProposalWarning[] {
  const warnings: ProposalWarning[] = [];
  const params = { year: proposal.year, level: proposal.to_issuer_level, scope: proposal.scope, id: proposal.id, campaign: proposal.campaign_id };
  if (proposal.scope === 'thematic') {
    const count = themeCountSql(db).one(params);
    if (count > proposal.theme_cap) {
      warnings.push({ code: 'theme_cap', itemId: null, params: { count, cap: proposal.theme_cap, theme: proposal.campaign_name ?? proposal.subject } });
    }
  }
  const others = new Map<string, string>();
  for (const row of otherScopeItemsSql(db).all(params)) {
    others.set(subjectKey(row), row.number || `#${row.proposal_id}`);
  }
  for (const row of otherScopeAwardsSql(db).all(params)) others.set(subjectKey(row), row.number);
  for (const item of items) {
    if (item.status === 'rejected') continue;
    const where = others.get(subjectKey(item));
    if (where !== undefined) warnings.push({ code: 'both_scopes', itemId: item.id, params: { name: item.recipient_name, where } });
  }
  return warnings;
}
