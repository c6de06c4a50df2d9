import type { Backend } from '../../../electron/backend/backend';
import type { MemberDraftInput } from '../../../shared/members/model';
import type { UnionDraftInput } from '../../../shared/organizations/union';
import type { YearFigure } from '../../../shared/statistics/figures';
import { call } from '../../fixtures/backend';

/** Writes rows the tests need but no service of this slice makes (ratings, awards), on a second connection. */
export { withDb } from '../../fixtures/backend';

export const ACTOR = 'Chị Lan (văn phòng)';

export async function setUpOffice(backend: Backend): Promise<void> {
  await call(backend, 'setup:start', { mode: 'empty', officeName: 'Công đoàn phường Chương Mỹ', year: 2025 });
}

export async function union(backend: Backend, draft: UnionDraftInput): Promise<number> {
  return (await call(backend, 'unions:save', { draft })).id;
}

type Person = Pick<MemberDraftInput, 'sex' | 'partyMember'>;
export const F: Person = { sex: 'female' };
export const M: Person = { sex: 'male' };

export async function admit(backend: Backend, organizationId: number, fullName: string, person: Person, date: string): Promise<number> {
  return (await call(backend, 'members:admit', { draft: { organizationId, fullName, ...person }, date, decisionNo: '' })).id;
}

/** The year's figures by code, through the statistics channel. */
export async function figures(backend: Backend, year: number, cutoff?: string): Promise<Map<string, YearFigure>> {
  const result = await call(backend, 'statistics:year', cutoff ? { year, cutoff } : { year });
  return new Map(result.figures.map((figure) => [figure.code, figure]));
}

export function values(map: Map<string, YearFigure>, codes: string[]): Record<string, number | null> {
  return Object.fromEntries(codes.map((code) => [code, map.get(code)?.value ?? null]));
}

export function lastYears(map: Map<string, YearFigure>, codes: string[]): Record<string, number | null> {
  return Object.fromEntries(codes.map((code) => [code, map.get(code)?.lastYear ?? null]));
}
