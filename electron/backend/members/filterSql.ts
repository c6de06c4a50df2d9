import type { MemberFilter } from '../../../shared/members/query';

export interface SqlFilter {
  where: string;
  params: Record<string, string | number>;
  /** A stable text naming the filter, for caches. */
  signature: string;
}

/** WHERE clause over `members m` for everything but the search text. */
export function memberFilterSql(filter: MemberFilter, currentYear: number): SqlFilter {
  const clauses: string[] = [];
  const params: Record<string, string | number> = {};
  if (filter.organizationId !== undefined) {
    clauses.push('m.organization_id = @organizationId');
    params.organizationId = filter.organizationId;
  }
  if (filter.status) {
    clauses.push('m.status = @status');
    params.status = filter.status;
  }
  if (filter.sex) {
    clauses.push('m.sex = @sex');
    params.sex = filter.sex;
  }
  if (filter.position) {
    clauses.push('m.union_position = @position');
    params.position = filter.position;
  }
  if (filter.ageFrom !== undefined) {
    clauses.push("CAST(substr(m.birth_date, 1, 4) AS INTEGER) <= @bornBy");
    params.bornBy = currentYear - filter.ageFrom;
  }
  if (filter.ageTo !== undefined) {
    clauses.push("CAST(substr(m.birth_date, 1, 4) AS INTEGER) >= @bornFrom");
    params.bornFrom = currentYear - filter.ageTo;
  }
  if (filter.joinYear !== undefined) {
    clauses.push("substr(m.joined_on, 1, 4) = @joinYear");
    params.joinYear = String(filter.joinYear);
  }
  const where = clauses.length ? clauses.join(' AND ') : '1';
  return { where, params, signature: `${where}|${JSON.stringify(params)}` };
}
