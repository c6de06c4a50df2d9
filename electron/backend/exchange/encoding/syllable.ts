/*
 * Is a word shaped like one Vietnamese syllable? Used to judge whether a legacy decoding made
 * sense: the right decoding gives words such as "Nguyễn" or "Đức", a wrong one gives "Nguyeón"
 * or "ẹửực" (two tones, impossible vowel runs) or leaves stray Latin-1 characters.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/** The vowel groups of Vietnamese rhymes, tones left out ("qu" and "gi" count with the initial). */
const NUCLEI = [
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi', 'oo', 'ôô',
  'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ươ', 'ưu', 'yê',
  'iêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyê', 'uyu', 'ươi', 'ươu', 'yêu',
].sort((a, b) => b.length - a.length);

const SYLLABLE = new RegExp(
  `^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?(?:${NUCLEI.join('|')})(?:ch|ng|nh|[cmnpt])?$`,
  'u',
);

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
