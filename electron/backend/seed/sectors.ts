/** The sectors (khu vực) of the demo grassroots unions: target shares and labels. */

import type { SectorCode, WeightedItem } from './types';

/** Target shares of the sectors (percent). */
export const SECTOR_SHARES: readonly WeightedItem<SectorCode>[] = Object.freeze([
  { value: 'public_service', weight: 45 },
  { value: 'private_enterprise', weight: 35 },
  { value: 'fdi_enterprise', weight: 8 },
  { value: 'state_enterprise', weight: 7 },
  { value: 'professional_union', weight: 5 },
]);

