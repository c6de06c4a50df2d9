import type { AwardRow, DecisionDetail, DecisionListItem, IssuerLevel, YearAwardItem } from '../../../shared/awards/model';
import { awardLabels } from '../../../shared/awards/labels';
import type { Locale } from '../../../shared/i18n/locale';
import { AppError } from '../core/appError';
import type { Db } from '../db/connection';
import { decisionBasesOn } from './decisionBases';
import { moneyState } from './moneyState';

const LIST_SELECT = `
  SELECT d.id, d.year, d.number, d.decided_on AS decidedOn, d.issuer_level AS issuerLevel, d.issuer_name AS issuerName,
         d.scope, f.name AS formName, t.name AS titleName, d.subject,
         (SELECT count(*) FROM awards a WHERE a.decision_id = d.id) AS recipients,
         (SELECT coalesce(sum(a.amount), 0) FROM awards a WHERE a.decision_id = d.id) AS total
    FROM award_decisions d
    LEFT JOIN award_kinds f ON f.id = d.form_kind_id
    LEFT JOIN award_kinds t ON t.id = d.title_kind_id`;

/** The decisions of a year, newest first; optionally one issuer level. */
export function listDecisions(db: Db, year: number, issuerLevel?: string): DecisionListItem[] {
  return db
    .prepare(`${LIST_SELECT} WHERE d.year = ? AND (? IS NULL OR d.issuer_level = ?) ORDER BY d.decided_on DESC, d.sequence DESC, d.id DESC`)
    .all(year, issuerLevel ?? null, issuerLevel ?? null) as DecisionListItem[];
}

export function awardsOf(db: Db, decisionId: number): AwardRow[] {
  return db
    .prepare(
      `SELECT a.id, a.position, a.recipient_kind AS recipientKind, a.member_id AS memberId, a.organization_id AS organizationId,
              a.recipient_name AS recipientName, a.recipient_unit AS recipientUnit, a.achievement,
              a.form_kind_id AS formKindId, a.title_kind_id AS titleKindId, f.name AS formName, t.name AS titleName,
              a.coefficient, a.base_salary AS baseSalary, a.amount, a.warning_override AS warningOverride
         FROM awards a
         LEFT JOIN award_kinds f ON f.id = a.form_kind_id
         LEFT JOIN award_kinds t ON t.id = a.title_kind_id
        WHERE a.decision_id = ? ORDER BY a.position, a.id`,
    )
    .all(decisionId) as AwardRow[];
}

export function getDecision(db: Db, id: number): DecisionDetail {
  const row = db
    .prepare(
      `SELECT x.*, d.signer_name AS signerName, d.signer_title AS signerTitle, d.signer_block AS signerBlock,
              d.campaign_id AS campaignId, c.name AS campaignName, d.form_kind_id AS formKindId, d.title_kind_id AS titleKindId
         FROM (${LIST_SELECT} WHERE d.id = ?) x
         JOIN award_decisions d ON d.id = x.id
         LEFT JOIN campaigns c ON c.id = d.campaign_id`,
    )
    .get(id) as Omit<DecisionDetail, 'awards' | 'bases' | 'printedCertificates' | 'outdatedMoney'> | undefined;
  if (!row) throw new AppError('AWARD_DECISION_NOT_FOUND', { id });
  return { ...row, ...moneyState(db, id), bases: decisionBasesOn(db, row.issuerLevel, row.decidedOn), awards: awardsOf(db, id) };
}

/** Every award of a year, flat (the CLI's `awards list`). */
export function listYearAwards(db: Db, year: number, locale: Locale): YearAwardItem[] {
  const rows = db
    .prepare(
      `SELECT d.number AS decision, d.decided_on AS date, f.name AS form, t.name AS title,
              CASE WHEN d.issuer_name <> '' THEN d.issuer_name
                   WHEN d.issuer_level = 'own_office' THEN coalesce((SELECT name FROM organizations WHERE is_own_office = 1 LIMIT 1), '')
                   ELSE '' END AS issuer, d.issuer_level AS issuerLevel,
              a.recipient_kind AS recipientKind, a.recipient_name AS recipient, a.amount
         FROM awards a JOIN award_decisions d ON d.id = a.decision_id
         LEFT JOIN award_kinds f ON f.id = a.form_kind_id
         LEFT JOIN award_kinds t ON t.id = a.title_kind_id
        WHERE a.year = ? ORDER BY d.decided_on, d.id, a.position, a.id`,
    )
    .all(year) as (YearAwardItem & { issuerLevel: IssuerLevel })[];
  return rows.map(({ issuerLevel, ...row }) => ({ ...row, issuer: row.issuer || awardLabels[locale].issuer[issuerLevel] }));
}
