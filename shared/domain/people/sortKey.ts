import { rememberedPerWord } from '../text/rememberedWords';
import type { NameParts } from './name';

/*
 * Sort keys for the official Vietnamese order, built from ASCII characters only so that plain
 * binary comparison (JS `<`, SQLite's default BINARY collation) gives the right order.
 *
 * Each letter becomes two characters: its base Latin letter and a variant digit, so the
 * Vietnamese alphabet a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y becomes
 * a0 a1 a2 b0 c0 d0 d1 e0 e1 g0 h0 i0 k0 l0 m0 n0 o0 o1 o2 p0 q0 r0 s0 t0 u0 u1 v0 x0 y0
 * (f, j, w, z of foreign names fall into their Latin places; digits sort before letters).
 *
 * Each word (syllable) is compared on its letters first and its tone only as a tie-break:
 *   wordKey = letter pairs + TONE_SEP + tone digit
 * with tones none 0, huyền 1, hỏi 2, ngã 3, sắc 4, nặng 5. The tone belongs to the syllable,
 * not to a letter, so the old and new tone placements ('hoà' / 'hòa') get the same key.
 * Words are joined by WORD_SEP and the parts of a person's name by FIELD_SEP. The separators
 * sort below every letter and digit, and FIELD_SEP < WORD_SEP, so a shorter word or name sorts
 * before a longer one that starts the same way ('An' < 'An Bình' < 'Anh').
 * Case is ignored.
 */

const FIELD_SEP = '!'; // 0x21
const WORD_SEP = '+'; // 0x2B
const TONE_SEP = '.'; // 0x2E, still below '0' (0x30)

/** Pair for a character outside a–z and 0–9 after decomposition: sorts after all letters. */
const UNKNOWN_LETTER = 'z9';

const BREVE = '\u0306';
const CIRCUMFLEX = '\u0302';
const HORN = '\u031b';

/** Variant digit of a base letter for each letter-forming mark it can take. */
const VARIANTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  a: { [BREVE]: '1', [CIRCUMFLEX]: '2' },
  e: { [CIRCUMFLEX]: '1' },
  o: { [CIRCUMFLEX]: '1', [HORN]: '2' },
  u: { [HORN]: '1' },
};

const TONES: Readonly<Record<string, string>> = {
  '\u0300': '1', // huyền
  '\u0309': '2', // hỏi
  '\u0303': '3', // ngã
  '\u0301': '4', // sắc
  '\u0323': '5', // nặng
};

const COMBINING = /[\u0300-\u036f]/u;

function computeWordKey(word: string): string {
  let letters = '';
  let tones = '';
  const chars = [...word.toLowerCase().normalize('NFD')];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    if (COMBINING.test(ch)) continue; // a mark with no base letter: ignore
    let variant = '0';
    // Marks following the base character, in whatever canonical order NFD put them.
    while (i + 1 < chars.length && COMBINING.test(chars[i + 1] ?? '')) {
      const mark = chars[++i] ?? '';
      const tone = TONES[mark];
      if (tone !== undefined) tones += tone;
      else variant = VARIANTS[ch]?.[mark] ?? variant;
    }
    if (ch === 'đ') letters += 'd1';
    else if (/[a-z0-9]/u.test(ch)) letters += ch + variant;
    else if (/[\p{L}]/u.test(ch)) letters += UNKNOWN_LETTER;
    // anything else (punctuation, symbols) is skipped
  }
  if (letters === '') return '';
  return letters + TONE_SEP + (tones === '' ? '0' : tones);
}

const wordKey = rememberedPerWord(computeWordKey);

/** Sort key of a text (a name, a word or several words) in the Vietnamese order. */
export function vietnameseSortKey(text: string): string {
  return text
    .split(/\s+/u)
    .map(wordKey)
    .filter((k) => k !== '')
    .join(WORD_SEP);
}

/** Sort key of a person in the official order: given name, then family, then middle name. */
export function personSortKey(parts: NameParts): string {
  return [parts.given, parts.family, parts.middle].map(vietnameseSortKey).join(FIELD_SEP);
}
