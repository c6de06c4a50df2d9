import type { Sector } from '../../../../shared/organizations/levels';

/** A grassroots union (CĐCS) as an Excel list gives it, ready for the organisations service. */
export interface UnionDraft {
  code: string | null;
  name: string;
  shortName: string;
  sector: Sector | null;
  address: string;
  /** 'YYYY-MM-DD' */
  foundedOn: string | null;
  foundingDecision: string;
  workersTotal: number | null;
  workersFemale: number | null;
  chairName: string;
  phone: string;
}

export function toUnionDraft(values: Readonly<Record<string, unknown>>): UnionDraft {
  const text = (key: string): string => (typeof values[key] === 'string' ? values[key] : '');
  const count = (key: string): number | null => (typeof values[key] === 'number' ? values[key] : null);
  return {
    code: text('code') === '' ? null : text('code'),
    name: text('name'),
    shortName: text('shortName'),
    sector: (values.sector as Sector | undefined) ?? null,
    address: text('address'),
    foundedOn: typeof values.foundedOn === 'string' ? values.foundedOn : null,
    foundingDecision: text('foundingDecision'),
    workersTotal: count('workersTotal'),
    workersFemale: count('workersFemale'),
    chairName: text('chairName'),
    phone: text('phone'),
  };
}
