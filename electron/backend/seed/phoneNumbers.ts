/** Vietnamese mobile phone numbers, with prefixes weighted roughly by operator market share. */

import type { Rng } from './random';
import type { WeightedItem } from './types';

const PHONE_PREFIXES: readonly WeightedItem<string>[] = Object.freeze(
  (
    [
      // Viettel
      ['032', 3], ['033', 3], ['034', 3], ['035', 3], ['036', 3], ['037', 3], ['038', 3], ['039', 3],
      ['086', 4], ['096', 8], ['097', 9], ['098', 9],
      // VinaPhone
      ['081', 2], ['082', 2], ['083', 2], ['084', 2], ['085', 2], ['088', 3], ['091', 7], ['094', 5],
      // MobiFone
      ['070', 2], ['076', 2], ['077', 2], ['078', 2], ['079', 2], ['089', 2], ['090', 5], ['093', 3],
      // Vietnamobile, Gmobile
      ['052', 1], ['056', 1], ['058', 1], ['092', 1], ['059', 0.5], ['099', 0.5],
    ] as const
  ).map(([value, weight]) => ({ value, weight })),
);

/** A Vietnamese mobile number: 10 digits, starting 03/05/07/08/09. */
export function makeMobilePhone(rng: Rng): string {
  return rng.weighted(PHONE_PREFIXES) + String(rng.int(0, 9_999_999)).padStart(7, '0');
}
