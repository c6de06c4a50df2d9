import { DECISION_SCOPES, ISSUER_LEVELS, RECIPIENT_KINDS, type AwardRow, type DecisionDetail, type DecisionListItem, type YearAwardItem } from '../../../shared/awards/model';
import { awardLabels } from '../../../shared/awards/labels';
import type { Locale } from '../../../shared/i18n/locale';
import { AppError } from '../core/appError';
import type { Db } from '../db/connection';
import { columns, int, intOrNull, oneOf, realOrNull, statement, text, textOrNull } from '../db/rows';
import { decisionBasesOn } from './decisionBases';
import { moneyState } from './moneyState';
import { recipientFields, recipientSelect } from './recipientColumns';

const LIST_SELECT = `
  SELECT d.id, d.year, d.number, d.decided_on AS decidedOn, d.issuer_level AS issuerLevel, d.issuer_name AS issuerName,
         d.scope, f.name AS formName, t.name AS titleName, d.subject,
         (SELECT count(*) FROM awards a WHERE a.decision_id = d.id) AS recipients,
         (SELECT coalesce(sum(a.amount), 0) FROM awards a WHERE a.decision_id = d.id) AS total
    FROM award_decisions d
    LEFT JOIN award_kinds f ON f.id = d.form_kind_id
    LEFT JOIN award_kinds t ON t.id = d.title_kind_id`;

const listItem = {
  id: int,
  year: int,
  number: text,
  decidedOn: text,
  issuerLevel: oneOf(ISSUER_LEVELS),
  issuerName: text,
  scope: oneOf(DECISION_SCOPES),
  formName: textOrNull,
  titleName: textOrNull,
  subject: text,
  recipients: int,
  total: int,
} as const;

const decisionsOfYearSql = statement(
  `${LIST_SELECT} WHERE d.year = ? AND (? IS NULL OR d.issuer_level = ?) ORDER BY d.decided_on DESC, d.sequence DESC, d.id DESC`,
  columns(listItem),
);

const awardsOfSql = statement(
  `SELECT a.id, a.position, ${recipientSelect('a')},
          a.form_kind_id AS formKindId, a.title_kind_id AS titleKindId, f.name AS formName, t.name AS titleName,
          a.coefficient, a.base_salary AS baseSalary, a.amount, a.warning_override AS warningOverride
     FROM awards a
     LEFT JOIN award_kinds f ON f.id = a.form_kind_id
     LEFT JOIN award_kinds t ON t.id = a.title_kind_id
    WHERE a.decision_id = ? ORDER BY a.position, a.id`,
  columns({
    id: int,
    position: int,
    ...recipientFields,
    formKindId: intOrNull,
    titleKindId: intOrNull,
    formName: textOrNull,
    titleName: textOrNull,
    coefficient: realOrNull,
    baseSalary: intOrNull,
    amount: int,
    warningOverride: text,
  }),
);

const decisionSql = statement(
  `SELECT x.id, x.year, x.number, x.decidedOn, x.issuerLevel, x.issuerName, x.scope, x.formName, x.titleName, x.subject,
          x.recipients, x.total, d.signer_name AS signerName, d.signer_title AS signerTitle, d.signer_block AS signerBlock,
          d.campaign_id AS campaignId, c.name AS campaignName, d.form_kind_id AS formKindId, d.title_kind_id AS titleKindId
     FROM (${LIST_SELECT} WHERE d.id = ?) x
     JOIN award_decisions d ON d.id = x.id
     LEFT JOIN campaigns c ON c.id = d.campaign_id`,
  columns({
    ...listItem,
    signerName: text,
    signerTitle: text,
    signerBlock: text,
    campaignId: intOrNull,
    campaignName: textOrNull,
    formKindId: intOrNull,
    titleKindId: intOrNull,
  }),
);

const yearAwardsSql = statement(
  `SELECT d.number AS decision, d.decided_on AS date, f.name AS form, t.name AS title,
          CASE WHEN d.issuer_name <> '' THEN d.issuer_name
               WHEN d.issuer_level = 'own_office' THEN coalesce((SELECT name FROM organizations WHERE is_own_office = 1 LIMIT 1), '')
               ELSE '' END AS issuer, d.issuer_level AS issuerLevel,
          a.recipient_kind AS recipientKind, a.recipient_name AS recipient, a.amount
     FROM awards a JOIN award_decisions d ON d.id = a.decision_id
     LEFT JOIN award_kinds f ON f.id = a.form_kind_id
     LEFT JOIN award_kinds t ON t.id = a.title_kind_id
    WHERE a.year = ? ORDER BY d.decided_on, d.id, a.position, a.id`,
  columns({
    decision: text,
    date: text,
    form: textOrNull,
    title: textOrNull,
    issuer: text,
    issuerLevel: oneOf(ISSUER_LEVELS),
    recipientKind: oneOf(RECIPIENT_KINDS),
    recipient: text,
    amount: int,
  }),
);

/** The decisions of a year, newest first; optionally one issuer level. */
export function listDecisions(db: Db, year: number, issuerLevel?: string): DecisionListItem[] {
  return decisionsOfYearSql(db).all(year, issuerLevel ?? null, issuerLevel ?? null);
}

export function awardsOf(db: Db, decisionId: number): AwardRow[] {
  return awardsOfSql(db).all(decisionId);
}

export function getDecision(db: Db, id: number): DecisionDetail {
  const row = decisionSql(db).get(id);
  if (!row) throw new AppError('AWARD_DECISION_NOT_FOUND', { id });
  return { ...row, ...moneyState(db, id), bases: decisionBasesOn(db, row.issuerLevel, row.decidedOn), awards: awardsOf(db, id) };
}

/** Every award of a year, flat (the CLI's `awards list`). */
export function listYearAwards(db: Db, year: number, locale: Locale): YearAwardItem[] {
  const rows = yearAwardsSql(db).all(year);
  return rows.map(({ issuerLevel, ...row }) => ({ ...row, issuer: row.issuer || awardLabels[locale].issuer[issuerLevel] }));
}
