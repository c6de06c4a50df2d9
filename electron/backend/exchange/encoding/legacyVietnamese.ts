/*
 * Detect and convert the pre-Unicode Vietnamese encodings still found in old office files:
 * TCVN3 (ABC, .Vn* fonts) and VNI Windows (VNI-* fonts). See tcvn3.ts and vni.ts for the tables.
 */
import { TCVN3_DECODE, tcvn3ToUnicode } from './tcvn3';
import { VNI_CHARACTERS, vniToUnicode } from './vni';
import { isVietnameseSyllable, markedWords } from './syllable';

export { tcvn3ToUnicode } from './tcvn3';
export { vniToUnicode } from './vni';

export type TextEncoding = 'unicode' | 'tcvn3' | 'vni';
type LegacyEncoding = Exclude<TextEncoding, 'unicode'>;

/** The Latin-1 letters real Unicode Vietnamese uses: their presence says nothing about an encoding. */
const VIETNAMESE_LATIN1 = new Set([...'àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ']);

/** Letters only Unicode Vietnamese has (no 8-bit encoding read as Windows-1252 can produce them). */
const UNICODE_VIETNAMESE = /[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]/u;

const TCVN3_TELLS = new Set([...TCVN3_DECODE.keys()].filter((ch) => !VIETNAMESE_LATIN1.has(ch)));
const VNI_TELLS = new Set([...VNI_CHARACTERS].filter((ch) => !VIETNAMESE_LATIN1.has(ch)));
/** Base letter + mark pairs that never occur in Unicode Vietnamese ("oà", "oá", "oã" do: Hoà, Hoá, ngoãn). */
const VNI_TELL_PAIRS = /[aeoAEO][âÂ]|[aA][êÊéÉèÈúÚ]|[aeAE][áÁàÀãÃ]|[aeiouyAEIOUYôÔ][ùÙõÕ]/u;

const DECODERS: Record<LegacyEncoding, (s: string) => string> = { tcvn3: tcvn3ToUnicode, vni: vniToUnicode };

function hasTell(text: string, encoding: LegacyEncoding): boolean {
  const tells = encoding === 'tcvn3' ? TCVN3_TELLS : VNI_TELLS;
  for (const ch of text) if (tells.has(ch)) return true;
  return encoding === 'vni' && VNI_TELL_PAIRS.test(text);
}

/** True when the text holds letters only Unicode has: it must never be run through a legacy decoder. */
export function isUnicodeVietnamese(text: string): boolean {
  return UNICODE_VIETNAMESE.test(text);
}

export interface EncodingScores {
  /** Cells with letters only Unicode Vietnamese has. */
  unicode: number;
  /** Per legacy encoding: cells with its tell-tale characters that decode to well-formed syllables … */
  good: Record<LegacyEncoding, number>;
  /** … and those that decode to nonsense. */
  bad: Record<LegacyEncoding, number>;
}

/** Count the evidence for each encoding, one vote per cell. */
export function scoreEncodings(samples: readonly string[]): EncodingScores {
  const scores: EncodingScores = { unicode: 0, good: { tcvn3: 0, vni: 0 }, bad: { tcvn3: 0, vni: 0 } };
  for (const text of samples) {
    if (isUnicodeVietnamese(text)) {
      scores.unicode++;
      continue;
    }
    for (const encoding of ['tcvn3', 'vni'] as const) {
      if (!hasTell(text, encoding)) continue;
      const words = markedWords(DECODERS[encoding](text));
      if (words.length > 0 && words.every(isVietnameseSyllable)) scores.good[encoding]++;
      else scores.bad[encoding]++;
    }
  }
  return scores;
}

/** Share of the evidence a legacy encoding must hold before text is converted. */
export const LEGACY_CONFIDENCE = 0.6;

/**
 * Which encoding a set of cell texts is in. A legacy encoding is chosen only when cells carrying
 * its tell-tale characters decode to well-formed Vietnamese syllables, they make up at least
 * LEGACY_CONFIDENCE of all the evidence (Unicode cells and failed decodings count against it)
 * and they clearly outnumber those of the other legacy encoding. Plain ASCII text, and real
 * Unicode Vietnamese, are 'unicode'.
 */
export function detectLegacyEncoding(samples: readonly string[]): TextEncoding {
  const scores = scoreEncodings(samples);
  const best: LegacyEncoding = scores.good.vni > scores.good.tcvn3 ? 'vni' : 'tcvn3';
  const other: LegacyEncoding = best === 'vni' ? 'tcvn3' : 'vni';
  const good = scores.good[best];
  if (good === 0) return 'unicode';
  const confidence = good / (good + scores.bad[best] + scores.unicode);
  if (confidence < LEGACY_CONFIDENCE) return 'unicode';
  if (good < 2 * scores.good[other]) return 'unicode';
  return best;
}

/**
 * Convert one cell's text from the detected encoding. Text that already holds Unicode-only
 * letters (a header retyped later in Unicode, say) is left as it is.
 */
export function legacyToUnicode(text: string, encoding: TextEncoding): string {
  if (encoding === 'unicode' || isUnicodeVietnamese(text)) return text;
  return DECODERS[encoding](text);
}
