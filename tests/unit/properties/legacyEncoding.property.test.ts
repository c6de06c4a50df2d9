import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLegacyEncoding, tcvn3ToUnicode, vniToUnicode } from '../../../electron/backend/exchange/encoding/legacyVietnamese';
import { encodeTcvn3, encodeVni } from './legacyEncoders';
import { vietnameseWords } from './vietnameseText';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Xuân', 'Thuỳ'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hạnh', 'Hiếu', 'Hương', 'Khánh', 'Lan', 'Mỹ', 'Nga', 'Phúc', 'Quỳnh', 'Sơn', 'Thảo', 'Tuấn', 'Việt', 'Yến'];
const realName = fc
  .tuple(fc.constantFrom(...FAMILY), fc.constantFrom(...MIDDLE), fc.constantFrom(...GIVEN))
  .map((parts) => parts.join(' '));

describe('legacy encodings (properties)', () => {
  it('VNI text converts back to the Unicode it was typed as, in any case', () => {
    fc.assert(
      fc.property(vietnameseWords, fc.constantFrom('as typed', 'upper'), (text, casing) => {
        const unicode = casing === 'upper' ? text.toUpperCase() : text;
        expect(vniToUnicode(encodeVni(unicode))).toBe(unicode);
      }),
    );
  });

  it('TCVN3 text converts back to the Unicode it was typed as (the one-font set is lower case)', () => {
    fc.assert(
      fc.property(vietnameseWords, (text) => {
        const lower = text.toLowerCase();
        expect(tcvn3ToUnicode(encodeTcvn3(lower))).toBe(lower);
      }),
    );
  });

  it('plain ASCII passes through both decoders untouched', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 .,-/') }), (text) => {
        expect(tcvn3ToUnicode(text)).toBe(text);
        expect(vniToUnicode(text)).toBe(text);
      }),
    );
  });

  it('a column of real names is detected in the encoding it was saved in, and Unicode stays Unicode', () => {
    fc.assert(
      fc.property(fc.array(realName, { minLength: 5, maxLength: 40 }), (names) => {
        expect(detectLegacyEncoding(names.map(encodeVni))).toBe('vni');
        expect(detectLegacyEncoding(names.map((n) => encodeTcvn3(n.toLowerCase())))).toBe('tcvn3');
        expect(detectLegacyEncoding(names)).toBe('unicode');
      }),
    );
  });
});
