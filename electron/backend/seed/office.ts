/**
 * The demo office (the user's own union) and its upper union, named as they were in the
 * working year: the district federation before the 2025 reform, the ward union after it.
 */

import type { DemoOffice } from './types';

/** The reform that replaced districts by wards/communes took effect on this date. */
export const REFORM_DATE = '2025-07-01';

/** The user's office and its upper union, as named in the given working year. */
export function makeDemoOffice(year: number): DemoOffice {
  checkWorkingYear(year);
  const office =
    year >= 2025
      ? {
          name: 'Công đoàn phường Chương Mỹ',
          shortName: 'CĐ phường Chương Mỹ',
          code: 'CDP-CHUONGMY',
          symbol: 'CĐP',
        }
      : {
          name: 'Liên đoàn Lao động huyện Chương Mỹ',
          shortName: 'LĐLĐ huyện Chương Mỹ',
          code: 'LDLD-CHUONGMY',
          symbol: 'LĐLĐ',
        };
  return {
    office: { ...office, level: 'upper_grassroots' },
    upper: {
      name: 'Liên đoàn Lao động thành phố Hà Nội',
      shortName: 'LĐLĐ TP Hà Nội',
      code: 'LDLD-HANOI',
      symbol: 'LĐLĐ',
      level: 'province',
    },
    placeName: 'Hà Nội',
  };
}

/** Throws unless `year` is a working year the demo data can be made for (1991–9998). */
export function checkWorkingYear(year: number): void {
  if (!Number.isInteger(year) || year < 1991 || year > 9998) {
    throw new RangeError(`Working year must be an integer between 1991 and 9998, got ${year}`);
  }
}
