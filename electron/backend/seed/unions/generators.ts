/** The candidate generators of each sector, and the fallbacks once fixed names run out. */

import type { SectorCode, WeightedItem } from '../types';
import type { Generator } from './candidate';
import { FDI_GENERATORS } from './fdiEnterprise';
import { PRIVATE_GENERATORS } from './privateEnterprise';
import { PROFESSIONAL_GENERATORS } from './professionalUnion';
import { PUBLIC_GENERATORS } from './publicService';
import { STATE_GENERATORS } from './stateEnterprise';

export const GENERATORS_BY_SECTOR: Readonly<Record<SectorCode, readonly WeightedItem<Generator>[]>> = {
  public_service: PUBLIC_GENERATORS,
  state_enterprise: STATE_GENERATORS,
  private_enterprise: PRIVATE_GENERATORS,
  fdi_enterprise: FDI_GENERATORS,
  professional_union: PROFESSIONAL_GENERATORS,
};

/**
 * Used once a sector's fixed names are all taken (large data sets): kinds whose names
 * can be told apart naturally (schools A/B/C, company branches).
 */
export const FALLBACK_GENERATORS: Readonly<Record<SectorCode, readonly WeightedItem<Generator>[]>> = {
  public_service: Object.freeze(PUBLIC_GENERATORS.slice(0, 3)),
  state_enterprise: Object.freeze(STATE_GENERATORS.slice(0, 1)),
  private_enterprise: PRIVATE_GENERATORS,
  fdi_enterprise: FDI_GENERATORS,
  professional_union: PROFESSIONAL_GENERATORS,
};
