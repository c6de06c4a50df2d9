import { describe, expect, it } from 'vitest';
import { amountInWords } from '../../../../shared/domain/money/inWords';

describe('amountInWords', () => {
  it.each([
    [0, 'Không đồng'],
    [1001, 'Một nghìn không trăm linh một đồng'],
    [10_000_000, 'Mười triệu đồng'],
    [1_500_015, 'Một triệu năm trăm nghìn không trăm mười lăm đồng'],
    [564_000_000, 'Năm trăm sáu mươi tư triệu đồng'],
    [59_850_000_000, 'Năm mươi chín tỷ tám trăm năm mươi triệu đồng'],
    [21, 'Hai mươi mốt đồng'],
    [24, 'Hai mươi tư đồng'],
    [105, 'Một trăm linh năm đồng'],
    [1_000_000_000, 'Một tỷ đồng'],
    [2_000_001, 'Hai triệu không trăm linh một đồng'],
  ])('reads the examples of the spec: %i', (n, words) => {
    expect(amountInWords(n)).toBe(words);
  });

  it.each([
    [5, 'Năm đồng'],
    [10, 'Mười đồng'],
    [11, 'Mười một đồng'],
    [14, 'Mười bốn đồng'],
    [15, 'Mười lăm đồng'],
    [20, 'Hai mươi đồng'],
    [25, 'Hai mươi lăm đồng'],
    [31, 'Ba mươi mốt đồng'],
    [44, 'Bốn mươi tư đồng'],
    [100, 'Một trăm đồng'],
    [101, 'Một trăm linh một đồng'],
    [104, 'Một trăm linh bốn đồng'],
    [110, 'Một trăm mười đồng'],
    [111, 'Một trăm mười một đồng'],
    [1000, 'Một nghìn đồng'],
    [1010, 'Một nghìn không trăm mười đồng'],
    [1100, 'Một nghìn một trăm đồng'],
    [710_000, 'Bảy trăm mười nghìn đồng'],
    [2_340_000, 'Hai triệu ba trăm bốn mươi nghìn đồng'],
    [1_000_005_000, 'Một tỷ không trăm linh năm nghìn đồng'],
    [5_000_000_021, 'Năm tỷ không trăm hai mươi mốt đồng'],
    [1_000_000_000_000, 'Một nghìn tỷ đồng'],
    [
      1_234_567_891_234,
      'Một nghìn hai trăm ba mươi tư tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi mốt nghìn hai trăm ba mươi tư đồng',
    ],
  ])('reads %i', (n, words) => {
    expect(amountInWords(n)).toBe(words);
  });

  it('accepts non-negative integers only', () => {
    expect(() => amountInWords(-1)).toThrow(RangeError);
    expect(() => amountInWords(1.5)).toThrow(RangeError);
    expect(() => amountInWords(Number.NaN)).toThrow(RangeError);
  });
});
