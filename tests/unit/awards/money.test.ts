import { describe, expect, it } from 'vitest';
import { amountInWords } from '../../../shared/domain/money/inWords';
import { prizeAmount } from '../../../shared/domain/money/prize';

describe('prize money rounding at the boundaries', () => {
  it.each([
    [1, 2_340_000, 2_340_000], // an exact multiple stays
    [1, 2_340_001, 2_350_000], // one đồng more rounds up a whole step
    [1, 2_339_999, 2_340_000],
    [0.3, 2_340_000, 710_000], // 702,000 → 710,000
    [0.15, 2_340_000, 360_000], // 351,000 → 360,000
    [0.6, 2_340_000, 1_410_000],
    [1.5, 2_340_000, 3_510_000],
    [8, 2_340_000, 18_720_000],
    [0.3, 2_530_000, 760_000], // 759,000 → 760,000
    [0.5, 20_000, 10_000],
    [0, 2_340_000, 0],
  ])('%s × %s = %s', (coefficient, base, amount) => {
    expect(prizeAmount(coefficient, base)).toBe(amount);
  });
});

describe('totals in words on decisions', () => {
  it.each([
    [0, 'Không đồng'],
    [1_001, 'Một nghìn không trăm linh một đồng'],
    [10_000_000, 'Mười triệu đồng'],
    [1_500_015, 'Một triệu năm trăm nghìn không trăm mười lăm đồng'],
    [564_000_000, 'Năm trăm sáu mươi tư triệu đồng'],
    [59_850_000_000, 'Năm mươi chín tỷ tám trăm năm mươi triệu đồng'],
    [2_830_000, 'Hai triệu tám trăm ba mươi nghìn đồng'],
    [21_000, 'Hai mươi mốt nghìn đồng'],
    [105_000, 'Một trăm linh năm nghìn đồng'],
    [1_000_000_000, 'Một tỷ đồng'],
  ])('%s → %s', (n, words) => {
    expect(amountInWords(n)).toBe(words);
  });
});
