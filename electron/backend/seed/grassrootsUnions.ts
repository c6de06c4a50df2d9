/**
 * The grassroots unions managed by the demo office: one candidate per union from its
 * sector's generators, made unique, then given an address, founding date and decision,
 * workers, a chairperson, a phone number and (rarely) a dissolution date.
 *
 * Organisation names are invented but follow real naming patterns; any likeness to a
 * real company is coincidence. Pure: everything comes from the given Rng.
 */

import { makeFoundedOn, makeFoundingDecision } from './founding';
import { makePersonName } from './names';
import { checkWorkingYear } from './office';
import { makeMobilePhone } from './phoneNumbers';
import { addressIn, adminArea } from './places';
import { addDaysIso, isoToDayNumber, type Rng } from './random';
import { SECTOR_SHARES } from './sectors';
import type { GrassrootsUnionSeed, SectorCode, UnionKind } from './types';
import type { Candidate, GenContext } from './unions/candidate';
import { FALLBACK_GENERATORS, GENERATORS_BY_SECTOR } from './unions/generators';
import { makeWorkers } from './unions/sizes';
import { disambiguate, fullUnionName, shortForm } from './unions/unionNames';

/** Probability that a union of the sector was dissolved in a past year (≈ 2 % overall). */
const DISSOLVED_SHARE: Readonly<Record<SectorCode, number>> = {
  public_service: 0.005,
  state_enterprise: 0.01,
  private_enterprise: 0.04,
  fdi_enterprise: 0.02,
  professional_union: 0.03,
};

/**
 * A candidate of the sector whose union name is still free if one turns up within a few
 * draws; a taken name that cannot be numbered sensibly makes it try the fallback kinds.
 * The result may still be taken: the caller then disambiguates its name.
 */
function drawCandidate(ctx: GenContext, sector: SectorCode, names: ReadonlySet<string>): Candidate {
  const { rng } = ctx;
  const generators = GENERATORS_BY_SECTOR[sector];
  let c = rng.weighted(generators)(ctx);
  for (let attempt = 0; attempt < 12 && names.has(fullUnionName(c)); attempt++) {
    c = rng.weighted(generators)(ctx);
  }
  if (names.has(fullUnionName(c)) && c.disambiguation === 'numbered') {
    // "Ủy ban nhân dân xã X số 2" would be absurd: fall back to kinds that can repeat.
    const fallback = FALLBACK_GENERATORS[sector];
    c = rng.weighted(fallback)(ctx);
    for (let attempt = 0; attempt < 4 && names.has(fullUnionName(c)); attempt++) {
      c = rng.weighted(fallback)(ctx);
    }
  }
  return c;
}

/** 'CĐCS ' (or 'NĐ ') + the short form, else the full organisation name, else numbered. */
function uniqueShortName(kind: UnionKind, organizationName: string, taken: ReadonlySet<string>): string {
  const shortPrefix = kind === 'trade_association' ? 'NĐ ' : 'CĐCS ';
  let shortName = shortPrefix + shortForm(organizationName);
  if (taken.has(shortName)) shortName = shortPrefix + organizationName;
  for (let n = 2; taken.has(shortName); n++) shortName = `${shortPrefix}${organizationName} (${n})`;
  return shortName;
}

/**
 * `count` grassroots unions managed by the demo office in the working `year`,
 * numbered CS0001… in order of founding. Names and short names are unique.
 */
export function makeGrassrootsUnions(rng: Rng, count: number, year: number): GrassrootsUnionSeed[] {
  checkWorkingYear(year);
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative integer, got ${count}`);
  }
  const post = year >= 2025;
  const ctx: GenContext = { rng, post };
  const names = new Set<string>();
  const shortNames = new Set<string>();
  const lastDissolution = `${year - 1}-12-31`;
  const drafts: Omit<GrassrootsUnionSeed, 'code'>[] = [];

  for (let i = 0; i < count; i++) {
    const sector = rng.weighted(SECTOR_SHARES);
    const c = drawCandidate(ctx, sector, names);
    const organizationName = names.has(fullUnionName(c))
      ? disambiguate(rng, c, (org) => names.has(fullUnionName({ kind: c.kind, organizationName: org })))
      : c.organizationName;
    const name = fullUnionName({ ...c, organizationName });
    names.add(name);
    const shortName = uniqueShortName(c.kind, organizationName, shortNames);
    shortNames.add(shortName);

    const address = c.site !== undefined ? `${c.site}, ${adminArea(c.place, post)}` : addressIn(rng, c.place, post);
    const foundedOn = makeFoundedOn(rng, sector, year);
    const foundingDecision = makeFoundingDecision(rng, foundedOn);
    const workers = makeWorkers(rng, c.size);
    const femaleShare = workers.total > 0 ? workers.female / workers.total : 0;
    const chairSex = rng.chance(0.05 + 0.85 * femaleShare) ? 'female' : 'male';
    const chairNameParts = makePersonName(rng, chairSex);

    let dissolvedOn: string | null = null;
    if (rng.chance(DISSOLVED_SHARE[sector])) {
      const earliest = addDaysIso(foundedOn, 365);
      if (isoToDayNumber(earliest) <= isoToDayNumber(lastDissolution)) {
        dissolvedOn = rng.isoDateBetween(earliest, lastDissolution);
      }
    }

    drafts.push({
      name,
      shortName,
      organizationName,
      sector,
      kind: c.kind,
      address,
      foundedOn,
      foundingDecision,
      workersTotal: workers.total,
      workersFemale: workers.female,
      chairName: chairNameParts.fullName,
      chairNameParts,
      chairSex,
      phone: makeMobilePhone(rng),
      dissolvedOn,
    });
  }

  // Number in order of founding (stable: ties keep generation order).
  const order = drafts.map((d, i) => ({ d, i }));
  order.sort((a, b) => (a.d.foundedOn < b.d.foundedOn ? -1 : a.d.foundedOn > b.d.foundedOn ? 1 : a.i - b.i));
  const width = Math.max(4, String(count).length);
  return order.map(({ d }, n) => ({ code: `CS${String(n + 1).padStart(width, '0')}`, ...d }));
}
