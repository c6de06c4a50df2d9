import type { MemberStatus, Sex, UnionPosition } from '@shared/members/model';
import type { MemberFilter } from '@shared/members/query';

/** What the filters bar holds, as the user left it (numbers may be half-typed). */
export interface MemberFilters {
  search: string;
  organizationId: number | null;
  sex: Sex | null;
  status: MemberStatus | null;
  position: UnionPosition | null;
  ageFrom: number | null;
  ageTo: number | null;
  joinYear: number | null;
}

export const DEFAULT_FILTERS: MemberFilters = {
  search: '',
  organizationId: null,
  sex: null,
  status: 'active',
  position: null,
  ageFrom: null,
  ageTo: null,
  joinYear: null,
};

const age = (value: number | null) => (value !== null && Number.isInteger(value) && value >= 0 && value <= 120 ? value : undefined);

/**
 * The `members:list` filter for what the bar shows: empty fields are left out, and a number the
 * backend would refuse (a year still being typed, "19") is ignored rather than sent.
 */
export function toListFilter(filters: MemberFilters): MemberFilter {
  const out: MemberFilter = {};
  const search = filters.search.trim().slice(0, 100);
  if (search) out.search = search;
  if (filters.organizationId !== null) out.organizationId = filters.organizationId;
  if (filters.sex) out.sex = filters.sex;
  if (filters.status) out.status = filters.status;
  if (filters.position) out.position = filters.position;
  const from = age(filters.ageFrom);
  const to = age(filters.ageTo);
  if (from !== undefined) out.ageFrom = from;
  if (to !== undefined) out.ageTo = to;
  const year = filters.joinYear;
  if (year !== null && Number.isInteger(year) && year >= 1900 && year <= 2100) out.joinYear = year;
  return out;
}

/** True when the bar differs from its defaults (the "clear filters" button shows). */
export function hasCustomFilters(filters: MemberFilters): boolean {
  return JSON.stringify(toListFilter(filters)) !== JSON.stringify(toListFilter(DEFAULT_FILTERS));
}
