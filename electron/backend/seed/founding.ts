/** Founding dates and founding decisions of the demo grassroots unions. */

import { REFORM_DATE } from './office';
import type { Rng } from './random';
import type { SectorCode } from './types';

/** Earliest founding date of a demo grassroots union. */
export const EARLIEST_FOUNDING = '1990-01-01';

/** Earliest founding year by sector, and whether recent years are more likely. */
const FOUNDING: Readonly<Record<SectorCode, { from: number; recent: boolean }>> = {
  public_service: { from: 1990, recent: false },
  state_enterprise: { from: 1990, recent: false },
  private_enterprise: { from: 1995, recent: true },
  fdi_enterprise: { from: 2003, recent: true },
  professional_union: { from: 2008, recent: false },
};

/** Share of unions founded in the working year itself. */
export const FOUNDED_IN_WORKING_YEAR_SHARE = 0.03;

/** Last founding date in the working year: the statistics cut-off of 30/11. */
export function lastFoundingDate(year: number): string {
  return `${year}-11-30`;
}

/** A founding date: mostly before the working year (recent years favoured for enterprises), a few in it. */
export function makeFoundedOn(rng: Rng, sector: SectorCode, year: number): string {
  if (rng.chance(FOUNDED_IN_WORKING_YEAR_SHARE)) {
    return rng.isoDateBetween(`${year}-01-01`, lastFoundingDate(year));
  }
  const f = FOUNDING[sector];
  const fromYear = Math.min(f.from, year - 1);
  const from = `${fromYear}-01-01`;
  const to = `${year - 1}-12-31`;
  const d = rng.isoDateBetween(from, to);
  if (!f.recent) return d;
  const d2 = rng.isoDateBetween(from, to);
  return d2 > d ? d2 : d;
}

/** Issuer of a decision: the district federation before the 2025 reform, the ward union after. */
function decisionSymbol(dateIso: string): string {
  return dateIso < REFORM_DATE ? 'LĐLĐ' : 'CĐP';
}

/** Số/ký hiệu of the founding decision, issued by the office of the time ('45/QĐ-LĐLĐ'). */
export function makeFoundingDecision(rng: Rng, foundedOn: string): string {
  return `${rng.int(1, 199)}/QĐ-${decisionSymbol(foundedOn)}`;
}
