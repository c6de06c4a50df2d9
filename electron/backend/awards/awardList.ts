import { foldVietnamese } from '../../../shared/domain/text/normalize';
import type { AwardHistoryRow, AwardListFilter, AwardListItem, AwardListPage } from '../../../shared/awards/awardList';
import type { Db } from '../db/connection';
import { registerFold } from '../db/foldFunction';
import { whereOf } from '../db/sqlWhere';
import { columns, int, intOrNull, oneOf, query, text, textOrNull } from '../db/rows';
import { ISSUER_LEVELS, RECIPIENT_KINDS } from '../../../shared/awards/model';

const awardListRow = columns({
  id: int,
  year: int,
  recipientKind: oneOf(RECIPIENT_KINDS),
  recipientName: text,
  recipientUnit: text,
  memberId: intOrNull,
  organizationId: intOrNull,
  organizationName: textOrNull,
  achievement: text,
  formName: textOrNull,
  titleName: textOrNull,
  amount: int,
  decisionId: int,
  decisionNumber: text,
  decidedOn: text,
  issuerLevel: oneOf(ISSUER_LEVELS),
  issuerName: text,
});
const awardTotalRow = columns({ issuerLevel: oneOf(ISSUER_LEVELS), kindName: text, count: int, amount: int });

const SELECT = `
  SELECT a.id, a.year, a.recipient_kind AS recipientKind, a.recipient_name AS recipientName, a.recipient_unit AS recipientUnit,
         a.member_id AS memberId, a.organization_id AS organizationId, o.name AS organizationName, a.achievement,
         f.name AS formName, t.name AS titleName, a.amount, d.id AS decisionId, d.number AS decisionNumber,
         d.decided_on AS decidedOn, d.issuer_level AS issuerLevel, d.issuer_name AS issuerName
    FROM awards a
    JOIN award_decisions d ON d.id = a.decision_id
    LEFT JOIN award_kinds f ON f.id = a.form_kind_id
    LEFT JOIN award_kinds t ON t.id = a.title_kind_id
    LEFT JOIN organizations o ON o.id = a.organization_id`;

const ISSUER_ORDER = `CASE d.issuer_level WHEN 'government' THEN 1 WHEN 'national' THEN 2 WHEN 'province_government' THEN 3
  WHEN 'province' THEN 4 WHEN 'own_office' THEN 5 ELSE 6 END`;

/** The filter as SQL. Text search folds diacritics and đ (like the member search) over name and unit. */
export function awardFilterSql(filter: AwardListFilter): { where: string; params: Record<string, unknown> } {
  const search = filter.search ? foldVietnamese(filter.search) : '';
  const { clauses, params } = whereOf([
    ['a.year = @year', 'year', filter.year],
    ['d.issuer_level = @issuerLevel', 'issuerLevel', filter.issuerLevel],
    ['a.form_kind_id = @formKindId', 'formKindId', filter.formKindId],
    ['a.title_kind_id = @titleKindId', 'titleKindId', filter.titleKindId],
    ['a.recipient_kind = @recipientKind', 'recipientKind', filter.recipientKind],
    ['(a.organization_id = @organizationId OR a.member_id IN (SELECT id FROM members WHERE organization_id = @organizationId))', 'organizationId', filter.organizationId],
    ["instr(fold_vi(a.recipient_name || ' ' || a.recipient_unit), @search) > 0", 'search', search],
  ]);
  return { where: clauses.join(' AND '), params };
}

/** One page of the filtered awards, in list order (the export reads the list by pages). */
export function awardListItems(db: Db, filter: AwardListFilter, offset: number, limit: number): AwardListItem[] {
  registerFold(db);
  const { where, params } = awardFilterSql(filter);
  const sql = `${SELECT} WHERE ${where} ORDER BY ${ISSUER_ORDER}, d.decided_on, d.id, a.position, a.id LIMIT @limit OFFSET @offset`;
  return query(db, sql, awardListRow).all({ ...params, limit, offset });
}

/** Count, sum and the totals by issuer and form of the filtered awards. */
export function awardListSummary(db: Db, filter: AwardListFilter): Omit<AwardListPage, 'items'> {
  registerFold(db);
  const { where, params } = awardFilterSql(filter);
  const from = `FROM awards a JOIN award_decisions d ON d.id = a.decision_id WHERE ${where}`;
  const head = query(db, `SELECT count(*) AS total, coalesce(sum(a.amount), 0) AS amount ${from}`, columns({ total: int, amount: int })).one(params);
  const totals = query(
    db,
    `SELECT d.issuer_level AS issuerLevel, coalesce(f.name, t.name, '') AS kindName, count(*) AS count, coalesce(sum(a.amount), 0) AS amount
         FROM awards a JOIN award_decisions d ON d.id = a.decision_id
         LEFT JOIN award_kinds f ON f.id = a.form_kind_id LEFT JOIN award_kinds t ON t.id = a.title_kind_id
        WHERE ${where} GROUP BY d.issuer_level, kindName ORDER BY ${ISSUER_ORDER}, kindName`,
    awardTotalRow,
  ).all(params);
  return { total: head.total, amount: head.amount, totals };
}

export function awardListPage(db: Db, filter: AwardListFilter, offset: number, limit: number): AwardListPage {
  return { ...awardListSummary(db, filter), items: awardListItems(db, filter, offset, limit) };
}

/** Every award of a member, or every award of a unit (collective, or its people), newest first. */
export function awardHistory(db: Db, of: { memberId: number } | { organizationId: number }): AwardHistoryRow[] {
  const where = 'memberId' in of ? 'a.member_id = @id' : 'a.organization_id = @id';
  const id = 'memberId' in of ? of.memberId : of.organizationId;
  const rows = query(db, `${SELECT} WHERE ${where} ORDER BY d.decided_on DESC, a.id DESC LIMIT 1000`, awardListRow).all({ id });
  return rows.map(({ organizationName, ...row }) => {
    void organizationName;
    return row;
  });
}
