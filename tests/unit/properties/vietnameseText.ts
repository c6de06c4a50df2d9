import fc from 'fast-check';

/** The Vietnamese alphabet in its official order, and the tone marks in sort-key order. */
export const ALPHABET = [...'aăâbcdđeêghiklmnoôơpqrstuưvxy'];
export const TONE_MARKS = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const VOWELS = new Set([...'aăâeêioôơuưy']);

export interface Syllable {
  letters: number[];
  tone: number;
  text: string;
}

/** A syllable: letters of the alphabet, a tone placed on one of its vowels (if it has one). */
export const syllable: fc.Arbitrary<Syllable> = fc
  .record({
    letters: fc.array(fc.integer({ min: 0, max: ALPHABET.length - 1 }), { minLength: 1, maxLength: 6 }),
    tone: fc.integer({ min: 0, max: TONE_MARKS.length - 1 }),
    upper: fc.boolean(),
  })
  .map(({ letters, tone, upper }) => {
    const chars = letters.map((i) => ALPHABET[i] ?? 'a');
    const vowelAt = chars.findIndex((ch) => VOWELS.has(ch));
    const withTone = chars.map((ch, i) => (i === vowelAt ? (ch + (TONE_MARKS[tone] ?? '')).normalize('NFC') : ch));
    const text = withTone.join('');
    return { letters, tone: vowelAt === -1 ? 0 : tone, text: upper ? text.charAt(0).toUpperCase() + text.slice(1) : text };
  });

export const vietnameseWords: fc.Arbitrary<string> = fc
  .array(syllable, { minLength: 1, maxLength: 4 })
  .map((words) => words.map((w) => w.text).join(' '));
