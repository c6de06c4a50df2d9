/*
 * Is a word shaped like one Vietnamese syllable? Used to judge whether a legacy decoding made
 * sense: the right decoding gives words such as "Nguyễn" or "Đức", a wrong one gives "Nguyeón"
 * or "ẹửực" (two tones, impossible vowel runs) or leaves stray Latin-1 characters.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$/u;

/** True when the word has at most one tone mark and the shape initial + vowels + final. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.normalize('NFD').toLowerCase();
  const tones = decomposed.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONE_MARKS, '').normalize('NFC'));
}

const WORD_SPLIT = /[^\p{L}]+/u;
const NON_ASCII = /[^\p{ASCII}]/u;

/** The words of a text that carry a non-ASCII letter: the only ones an encoding can get wrong. */
export function markedWords(text: string): string[] {
  return text.split(WORD_SPLIT).filter((word) => NON_ASCII.test(word));
}
