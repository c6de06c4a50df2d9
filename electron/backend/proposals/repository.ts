import {
  ITEM_SOURCES,
  ITEM_STATUSES,
  PROPOSAL_LEVELS,
  PROPOSAL_SCOPES,
  type ItemStatus,
  type ProposalDraft,
  type ProposalItem,
  type ProposalItemDraft,
  type ProposalLevel,
  type ProposalScope,
  type ProposalSummary,
} from '../../../shared/proposals/model';
import type { Db } from '../db/connection';
import { recipientColumnList, recipientColumns, recipientOf } from '../awards';
import { columns, int, intOrNull, oneOf, oneOfOrNull, scalarStatement, statement, text, textOrNull } from '../db/rows';

export interface ProposalRow {
  id: number;
  year: number;
  number: string;
  submitted_on: string | null;
  to_issuer_level: ProposalLevel;
  form_kind_id: number | null;
  title_kind_id: number | null;
  scope: ProposalScope;
  campaign_id: number | null;
  subject: string;
  body: string;
  addressee: string;
  recipients: string;
  signer_name: string;
  signer_title: string;
  signer_block: string;
  theme_cap: number;
  form_name: string | null;
  title_name: string | null;
  campaign_name: string | null;
}

export interface ItemRow {
  id: number;
  proposal_id: number;
  position: number;
  recipient_kind: 'individual' | 'collective';
  member_id: number | null;
  organization_id: number | null;
  recipient_name: string;
  recipient_unit: string;
  achievement: string;
  note: string;
  source: ProposalItem['source'];
  status: ItemStatus;
  upper_decision_id: number | null;
  award_id: number | null;
  reason: string;
  decided_at: string | null;
  award_amount: number | null;
  decision_number: string | null;
  decision_date: string | null;
  outcome_status?: 'approved' | 'rejected' | null;
  outcome_reason?: string | null;
  outcome_upper?: string | null;
}

const proposalSql = statement(
  `
  SELECT p.id, p.year, p.number, p.submitted_on, p.to_issuer_level, p.form_kind_id, p.title_kind_id, p.scope, p.campaign_id,
         p.subject, p.body, p.signer_name, p.signer_title, p.signer_block, p.addressee, p.recipients, p.theme_cap,
         p.created_at, p.updated_at, f.name AS form_name, t.name AS title_name, c.name AS campaign_name
    FROM award_proposals p
    LEFT JOIN award_kinds f ON f.id = p.form_kind_id
    LEFT JOIN award_kinds t ON t.id = p.title_kind_id
    LEFT JOIN campaigns c ON c.id = p.campaign_id
   WHERE p.id = ?`,
  columns({
    id: int,
    year: int,
    number: text,
    submitted_on: textOrNull,
    to_issuer_level: oneOf(PROPOSAL_LEVELS),
    form_kind_id: intOrNull,
    title_kind_id: intOrNull,
    scope: oneOf(PROPOSAL_SCOPES),
    campaign_id: intOrNull,
    subject: text,
    body: text,
    signer_name: text,
    signer_title: text,
    signer_block: text,
    addressee: text,
    recipients: text,
    theme_cap: int,
    created_at: text,
    updated_at: text,
    form_name: textOrNull,
    title_name: textOrNull,
    campaign_name: textOrNull,
  }),
);

const ITEM_COLUMNS = `i.id, i.proposal_id, i.position, ${recipientColumnList('i')}, i.source, i.status, i.upper_decision_id, i.award_id, i.reason, i.note, i.decided_at`;
const itemRow = {
  id: int,
  proposal_id: int,
  position: int,
  ...recipientColumns,
  source: oneOf(ITEM_SOURCES),
  status: oneOf(ITEM_STATUSES),
  upper_decision_id: intOrNull,
  award_id: intOrNull,
  reason: text,
  note: text,
  decided_at: textOrNull,
  award_amount: intOrNull,
  decision_number: textOrNull,
  decision_date: textOrNull,
} as const;

const itemsSql = statement(
  `
  SELECT ${ITEM_COLUMNS}, a.amount AS award_amount, d.number AS decision_number, d.decided_on AS decision_date,
         o.status AS outcome_status, o.reason AS outcome_reason, o.upper_name AS outcome_upper
    FROM award_proposal_items i
    LEFT JOIN awards a ON a.id = i.award_id
    LEFT JOIN award_decisions d ON d.id = i.upper_decision_id
    LEFT JOIN proposal_item_outcomes o ON o.item_id = i.id
   WHERE i.proposal_id = ? ORDER BY i.position, i.id`,
  columns({ ...itemRow, outcome_status: oneOfOrNull(['approved', 'rejected']), outcome_reason: textOrNull, outcome_upper: textOrNull }),
);

const itemSql = statement(
  `SELECT ${ITEM_COLUMNS}, NULL AS award_amount, NULL AS decision_number, NULL AS decision_date FROM award_proposal_items i WHERE i.id = ?`,
  columns(itemRow),
);

const listSql = statement(`
  SELECT p.id, p.year, p.number, p.submitted_on AS submittedOn, p.to_issuer_level AS toIssuerLevel, p.scope,
         f.name AS formName, t.name AS titleName, p.subject,
         (SELECT count(*) FROM award_proposal_items i WHERE i.proposal_id = p.id) AS items,
         (SELECT count(*) FROM award_proposal_items i WHERE i.proposal_id = p.id AND i.status = 'approved') AS approved,
         (SELECT count(*) FROM award_proposal_items i WHERE i.proposal_id = p.id AND i.status = 'rejected') AS rejected
    FROM award_proposals p
    LEFT JOIN award_kinds f ON f.id = p.form_kind_id
    LEFT JOIN award_kinds t ON t.id = p.title_kind_id
   WHERE p.year = ? ORDER BY coalesce(p.submitted_on, p.created_at) DESC, p.id DESC`,
  columns({
    id: int,
    year: int,
    number: text,
    submittedOn: textOrNull,
    toIssuerLevel: oneOf(PROPOSAL_LEVELS),
    scope: oneOf(PROPOSAL_SCOPES),
    formName: textOrNull,
    titleName: textOrNull,
    subject: text,
    items: int,
    approved: int,
    rejected: int,
  }),
);

export function findProposalRow(db: Db, id: number): ProposalRow | undefined {
  return proposalSql(db).get(id);
}

export function itemRows(db: Db, proposalId: number): ItemRow[] {
  return itemsSql(db).all(proposalId);
}

export function findItemRow(db: Db, id: number): ItemRow | undefined {
  return itemSql(db).get(id);
}

export function listProposals(db: Db, year: number): ProposalSummary[] {
  return listSql(db).all(year);
}

export function toDraft(row: ProposalRow): ProposalDraft {
  return {
    year: row.year,
    number: row.number,
    submittedOn: row.submitted_on,
    toIssuerLevel: row.to_issuer_level,
    formKindId: row.form_kind_id,
    titleKindId: row.title_kind_id,
    scope: row.scope,
    campaignId: row.campaign_id,
    subject: row.subject,
    body: row.body,
    addressee: row.addressee,
    recipients: row.recipients,
    signerName: row.signer_name,
    signerTitle: row.signer_title,
    signerBlock: row.signer_block,
    themeCap: row.theme_cap,
  };
}

export function toItem(row: ItemRow): ProposalItem {
  return {
    id: row.id,
    position: row.position,
    ...recipientOf(row),
    note: row.note,
    source: row.source,
    status: row.status,
    reason: row.reason,
    decidedAt: row.decided_at,
    awardId: row.award_id,
    awardAmount: row.award_amount,
    upperDecisionId: row.upper_decision_id,
    upperDecisionNumber: row.decision_number,
    upperDecisionDate: row.decision_date,
    upperOutcome: row.outcome_status ? { status: row.outcome_status, reason: row.outcome_reason ?? '', upperName: row.outcome_upper ?? '' } : null,
  };
}

const draftParams = (d: ProposalDraft) => ({
  year: d.year,
  number: d.number,
  submitted_on: d.submittedOn,
  to_issuer_level: d.toIssuerLevel,
  form_kind_id: d.formKindId,
  title_kind_id: d.titleKindId,
  scope: d.scope,
  campaign_id: d.campaignId,
  subject: d.subject,
  body: d.body,
  addressee: d.addressee,
  recipients: d.recipients,
  signer_name: d.signerName,
  signer_title: d.signerTitle,
  signer_block: d.signerBlock,
  theme_cap: d.themeCap,
});

const COLUMNS = Object.keys(draftParams({} as ProposalDraft));

const insertProposalSql = statement(
  `INSERT INTO award_proposals (${COLUMNS.join(', ')}, created_at, updated_at)
   VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')}, @at, @at)`,
);
const updateProposalSql = statement(
  `UPDATE award_proposals SET ${COLUMNS.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @at WHERE id = @id`,
);

export function insertProposal(db: Db, draft: ProposalDraft, at: string): number {
  return Number(insertProposalSql(db).run({ ...draftParams(draft), at }).lastInsertRowid);
}

export function updateProposal(db: Db, id: number, draft: ProposalDraft, at: string): void {
  updateProposalSql(db).run({ ...draftParams(draft), at, id });
}

const deleteProposalSql = statement('DELETE FROM award_proposals WHERE id = ?');
const deleteItemSql = statement('DELETE FROM award_proposal_items WHERE id = ?');

export function deleteProposal(db: Db, id: number): void {
  deleteProposalSql(db).run(id);
}

const insertItemSql = statement(`
  INSERT INTO award_proposal_items (proposal_id, position, recipient_kind, member_id, organization_id, recipient_name,
    recipient_unit, achievement, note, source)
  VALUES (@proposalId, @position, @recipientKind, @memberId, @organizationId, @recipientName, @recipientUnit, @achievement, @note, @source)`);
const updateItemSql = statement(`
  UPDATE award_proposal_items SET recipient_kind = @recipientKind, member_id = @memberId, organization_id = @organizationId,
    recipient_name = @recipientName, recipient_unit = @recipientUnit, achievement = @achievement, note = @note, source = @source
  WHERE id = @id`);
const nextPositionSql = scalarStatement('SELECT coalesce(max(position), 0) + 1 FROM award_proposal_items WHERE proposal_id = ?', int);

export function insertItem(db: Db, proposalId: number, item: ProposalItemDraft): number {
  const position = nextPositionSql(db).one(proposalId);
  return Number(insertItemSql(db).run({ ...item, proposalId, position }).lastInsertRowid);
}

export function updateItem(db: Db, id: number, item: ProposalItemDraft): void {
  updateItemSql(db).run({ ...item, id });
}

export function deleteItem(db: Db, id: number): void {
  deleteItemSql(db).run(id);
}

const decideSql = statement(`
  UPDATE award_proposal_items SET status = @status, upper_decision_id = @decisionId, award_id = @awardId, reason = @reason,
    decided_at = @at WHERE id = @id`);

export function setItemResult(
  db: Db,
  id: number,
  result: { status: ItemStatus; decisionId: number | null; awardId: number | null; reason: string; at: string | null },
): void {
  decideSql(db).run({ ...result, id });
}
