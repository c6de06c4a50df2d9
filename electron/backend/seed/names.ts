/**
 * Vietnamese personal names for the demo data set: họ, tên đệm (none, one or two words)
 * and tên, drawn from the weighted tables of nameTables.ts and givenNames.ts.
 *
 * Pure: everything comes from the given Rng. All strings are NFC.
 */

import {
  FAMILY_NAMES,
  MIDDLE_FIRST_OF_TWO,
  MIDDLE_SECOND_OF_TWO,
  MIDDLE_SINGLE,
} from './nameTables';
import { GIVEN_NAMES } from './givenNames';
import type { Rng } from './random';
import type { PersonName, Sex } from './types';

/** Share of names with no middle name and with two middle words. */
export const NO_MIDDLE_SHARE = 0.03;
export const TWO_MIDDLE_SHARE = 0.1;

/** Joins name parts with single spaces, skipping empty ones, NFC. */
export function joinNameParts(...parts: readonly string[]): string {
  return parts
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .join(' ')
    .normalize('NFC');
}

/** A realistic Vietnamese name for a person of the given sex. */
export function makePersonName(rng: Rng, sex: Sex): PersonName {
  if (sex !== 'male' && sex !== 'female') throw new RangeError(`Unknown sex: ${String(sex)}`);
  const family = rng.weighted(FAMILY_NAMES);

  let middleWords: string[];
  const r = rng.next();
  if (r < NO_MIDDLE_SHARE) {
    middleWords = [];
  } else if (r < NO_MIDDLE_SHARE + TWO_MIDDLE_SHARE) {
    const first = rng.weighted(MIDDLE_FIRST_OF_TWO[sex]);
    let second = rng.weighted(MIDDLE_SECOND_OF_TWO[sex]);
    for (let i = 0; i < 4 && second === first; i++) second = rng.weighted(MIDDLE_SECOND_OF_TWO[sex]);
    middleWords = second === first ? [first] : [first, second];
  } else {
    middleWords = [rng.weighted(MIDDLE_SINGLE[sex])];
  }

  // Avoid "Minh Minh", "Thị Thu Thu".
  let given = rng.weighted(GIVEN_NAMES[sex]);
  for (let i = 0; i < 6 && middleWords.includes(given); i++) given = rng.weighted(GIVEN_NAMES[sex]);
  // Practically never reached; keep the name well-formed all the same.
  if (middleWords.includes(given)) middleWords = middleWords.filter((w) => w !== given);

  const middle = middleWords.join(' ');
  return { family, middle, given, fullName: joinNameParts(family, middle, given) };
}
