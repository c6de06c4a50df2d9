import type { UnionDetail, UnionDraft, UnionListItem } from '../../../shared/organizations/union';
import { foldVietnamese } from '../../../shared/domain/text/normalize';
import type { Db } from '../db/connection';
import { SECTORS } from '../../../shared/organizations/levels';
import { columns, int, intOrNull, oneOfOrNull, query, scalarStatement, statement, text, textOrNull } from '../db/rows';

const LIST_COLUMNS = `o.id, o.code, o.name, o.short_name AS shortName, o.sector, o.founded_on AS foundedOn,
  o.dissolved_on AS dissolvedOn, o.workers_total AS workersTotal, o.workers_female AS workersFemale,
  o.chair_name AS chairName, o.phone,
  (SELECT count(*) FROM members m WHERE m.organization_id = o.id AND m.status = 'active') AS activeMembers`;
const listItem = {
  id: int,
  code: textOrNull,
  name: text,
  shortName: text,
  sector: oneOfOrNull(SECTORS),
  foundedOn: textOrNull,
  dissolvedOn: textOrNull,
  workersTotal: intOrNull,
  workersFemale: intOrNull,
  chairName: text,
  phone: text,
  activeMembers: int,
} as const;
const unionDetailSql = statement(
  `SELECT ${LIST_COLUMNS}, o.province_code AS provinceCode, o.ward_name AS wardName, o.address,
            o.founding_decision AS foundingDecision, o.dissolution_decision AS dissolutionDecision,
            (o.parent_id = (SELECT id FROM organizations WHERE is_own_office = 1)) AS managedByUs
       FROM organizations o WHERE o.id = ? AND o.level = 'grassroots'`,
  columns({
    ...listItem,
    provinceCode: textOrNull,
    wardName: text,
    address: text,
    foundingDecision: text,
    dissolutionDecision: text,
    managedByUs: intOrNull,
  }),
);
const managementSql = statement(
  `SELECT o.name AS managerName, h.valid_from AS validFrom, h.valid_to AS validTo, h.decision_no AS decisionNo
       FROM organization_management h JOIN organizations o ON o.id = h.manager_id
      WHERE h.organization_id = ? ORDER BY h.valid_from, h.id`,
  columns({ managerName: text, validFrom: text, validTo: textOrNull, decisionNo: text }),
);
const highestCodeSql = scalarStatement("SELECT max(CAST(substr(code, 3) AS INTEGER)) FROM organizations WHERE code GLOB 'CS[0-9]*'", intOrNull);

/** CĐCS our office manages now (parent = the own office). */
export function listOwnUnions(db: Db, filter: { search?: string | undefined; sector?: string | undefined; includeDissolved: boolean }): UnionListItem[] {
  const clauses = ["o.level = 'grassroots'", 'o.parent_id = (SELECT id FROM organizations WHERE is_own_office = 1)'];
  const params: Record<string, string> = {};
  if (!filter.includeDissolved) clauses.push('o.dissolved_on IS NULL');
  if (filter.sector) {
    clauses.push('o.sector = @sector');
    params.sector = filter.sector;
  }
  if (filter.search) {
    clauses.push("(o.name_fold LIKE @search OR lower(coalesce(o.code, '')) LIKE @search)");
    params.search = `%${foldVietnamese(filter.search)}%`;
  }
  return query(db, `SELECT ${LIST_COLUMNS} FROM organizations o WHERE ${clauses.join(' AND ')}`, columns(listItem)).all(params);
}

export function unionDetail(db: Db, id: number): UnionDetail | undefined {
  const row = unionDetailSql(db).get(id);
  if (!row) return undefined;
  const management = managementSql(db).all(id);
  return { ...row, managedByUs: row.managedByUs === 1, management };
}

export function unionColumns(draft: UnionDraft) {
  return {
    code: draft.code || null,
    name: draft.name,
    short_name: draft.shortName,
    name_fold: foldVietnamese(draft.name),
    sector: draft.sector,
    province_code: draft.provinceCode,
    ward_name: draft.wardName,
    address: draft.address,
    founded_on: draft.foundedOn,
    founding_decision: draft.foundingDecision,
    workers_total: draft.workersTotal,
    workers_female: draft.workersFemale,
    chair_name: draft.chairName,
    phone: draft.phone,
  };
}

/** The next free code of the form CS0001. */
export function nextUnionCode(db: Db): string {
  const highest = highestCodeSql(db).one();
  return `CS${String((highest ?? 0) + 1).padStart(4, '0')}`;
}
