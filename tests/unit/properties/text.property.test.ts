import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldedMatch } from '../../../shared/domain/text/foldedMatch';
import { foldVietnamese, nfc } from '../../../shared/domain/text/normalize';
import { vietnameseSortKey } from '../../../shared/domain/people/sortKey';
import { syllable, vietnameseWords, type Syllable } from './vietnameseText';

const anyText = fc.oneof(vietnameseWords, fc.string({ unit: 'grapheme', maxLength: 30 }));

describe('folding Vietnamese text (properties)', () => {
  it('is idempotent, the same for composed and decomposed text, and for either case of Vietnamese', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const folded = foldVietnamese(text);
        expect(foldVietnamese(folded)).toBe(folded);
        expect(foldVietnamese(text.normalize('NFD'))).toBe(folded);
      }),
    );
    fc.assert(
      fc.property(vietnameseWords, (text) => {
        expect(foldVietnamese(text.toUpperCase())).toBe(foldVietnamese(text.toLowerCase()));
      }),
    );
  });

  it('leaves no tone, no letter-forming mark and no đ in Vietnamese words', () => {
    fc.assert(
      fc.property(vietnameseWords, (text) => {
        expect(foldVietnamese(text)).toMatch(/^[a-z ]+$/u);
      }),
    );
  });

  it('finds every word of a text typed without diacritics, in any order and case', () => {
    fc.assert(
      fc.property(vietnameseWords, fc.boolean(), (text, reversed) => {
        const words = foldVietnamese(text).split(' ');
        const query = (reversed ? [...words].reverse() : words).join('  ').toUpperCase();
        expect(foldedMatch(text, query)).toBe(true);
        expect(foldedMatch(nfc(text.normalize('NFD')), query)).toBe(true);
      }),
    );
  });
});

/** The official order of two syllables: letter by letter in the alphabet, then the tone. */
function referenceOrder(a: Syllable, b: Syllable): number {
  for (let i = 0; i < Math.min(a.letters.length, b.letters.length); i++) {
    const diff = (a.letters[i] ?? 0) - (b.letters[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  if (a.letters.length !== b.letters.length) return Math.sign(a.letters.length - b.letters.length);
  return Math.sign(a.tone - b.tone);
}

describe('Vietnamese sort keys (properties)', () => {
  it('order two syllables as the alphabet and then the tone do', () => {
    fc.assert(
      fc.property(syllable, syllable, (a, b) => {
        const ka = vietnameseSortKey(a.text);
        const kb = vietnameseSortKey(b.text);
        const byKey = ka < kb ? -1 : ka > kb ? 1 : 0;
        expect(byKey).toBe(referenceOrder(a, b));
      }),
    );
  });

  it('do not depend on case, composition or the spacing between words', () => {
    fc.assert(
      fc.property(vietnameseWords, (text) => {
        const key = vietnameseSortKey(text);
        expect(vietnameseSortKey(text.normalize('NFD'))).toBe(key);
        expect(vietnameseSortKey(text.toUpperCase())).toBe(key);
        expect(vietnameseSortKey(` ${text.replace(/ /gu, '   ')} `)).toBe(key);
      }),
    );
  });

  it('put a name before every longer name that starts with it', () => {
    fc.assert(
      fc.property(vietnameseWords, vietnameseWords, (head, tail) => {
        expect(vietnameseSortKey(head) < vietnameseSortKey(`${head} ${tail}`)).toBe(true);
      }),
    );
  });
});
