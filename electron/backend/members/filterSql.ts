import type { MemberFilter } from '../../../shared/members/query';
import { whereOf } from '../db/sqlWhere';

export interface SqlFilter {
  where: string;
  params: Record<string, string | number>;
  /** A stable text naming the filter, for caches. */
  signature: string;
}

/** WHERE clause over `members m` for everything but the search text. */
export function memberFilterSql(filter: MemberFilter, currentYear: number): SqlFilter {
  const { clauses, params } = whereOf([
    ['m.organization_id = @organizationId', 'organizationId', filter.organizationId],
    ['m.status = @status', 'status', filter.status],
    ['m.sex = @sex', 'sex', filter.sex],
    ['m.union_position = @position', 'position', filter.position],
    ['CAST(substr(m.birth_date, 1, 4) AS INTEGER) <= @bornBy', 'bornBy', filter.ageFrom === undefined ? undefined : currentYear - filter.ageFrom],
    ['CAST(substr(m.birth_date, 1, 4) AS INTEGER) >= @bornFrom', 'bornFrom', filter.ageTo === undefined ? undefined : currentYear - filter.ageTo],
    ['substr(m.joined_on, 1, 4) = @joinYear', 'joinYear', filter.joinYear === undefined ? undefined : String(filter.joinYear)],
  ]);
  const where = clauses.length ? clauses.join(' AND ') : '1';
  return { where, params, signature: `${where}|${JSON.stringify(params)}` };
}
