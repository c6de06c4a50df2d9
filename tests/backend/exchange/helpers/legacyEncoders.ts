/*
 * Test-only encoders Unicode → TCVN3 / VNI, written independently of the decoders under test
 * (a literal pair list for TCVN3, composition from Unicode's decomposition for VNI), so that
 * decode(encode(x)) === x checks the decoders against a second reading of the standards.
 */

/** Pairs "Unicode letter, TCVN3 character as Excel shows it". */
const TCVN3_PAIRS =
  'à µ ả ¶ ã · á ¸ ạ ¹ ă ¨ ằ » ẳ ¼ ẵ ½ ắ ¾ ặ Æ â © ầ Ç ẩ È ẫ É ấ Ê ậ Ë ' +
  'è Ì ẻ Î ẽ Ï é Ð ẹ Ñ ê ª ề Ò ể Ó ễ Ô ế Õ ệ Ö ì × ỉ Ø ĩ Ü í Ý ị Þ ' +
  'ò ß ỏ á õ â ó ã ọ ä ô « ồ å ổ æ ỗ ç ố è ộ é ơ ¬ ờ ê ở ë ỡ ì ớ í ợ î ' +
  'ù ï ủ ñ ũ ò ú ó ụ ô ư \u00ad ừ õ ử ö ữ ÷ ứ ø ự ù ỳ ú ỷ û ỹ ü ý ý ỵ þ đ ® ' +
  'Ă ¡ Â ¢ Ê £ Ô ¤ Ơ ¥ Ư ¦ Đ §';

const TCVN3_ENCODE = new Map<string, string>();
{
  const parts = TCVN3_PAIRS.split(' ');
  for (let i = 0; i + 1 < parts.length; i += 2) TCVN3_ENCODE.set(parts[i] ?? '', parts[i + 1] ?? '');
}

/**
 * Unicode → TCVN3 as typed with the .VnTime font. A capital with a tone has no code of its own
 * (it was typed in the .VnTimeH capital font with the small letter's code), so it is written
 * with the small letter's code, as real files are.
 */
export function encodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const direct = TCVN3_ENCODE.get(ch);
    if (direct !== undefined) {
      out += direct;
      continue;
    }
    const lower = ch.toLowerCase();
    out += TCVN3_ENCODE.get(lower) ?? ch;
  }
  return out;
}

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031b';
const TONES = [ACUTE, GRAVE, HOOK, TILDE, DOT];

/** VNI marks by tone (index in TONES), small letters; capitals use the upper-case forms. */
const VNI_TONE = ['ù', 'ø', 'û', 'õ', 'ï'];
const VNI_CIRCUMFLEX_TONE = ['á', 'à', 'å', 'ã', 'ä'];
const VNI_BREVE_TONE = ['é', 'è', 'ú', 'ü', 'ë'];
const VNI_I = ['í', 'ì', 'æ', 'ó', 'ò'];

/** Unicode → VNI Windows, composing each letter from its Unicode decomposition. */
export function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (ch === 'đ' || ch === 'Đ') {
      out += ch === 'đ' ? 'ñ' : 'Ñ';
      continue;
    }
    const [base = '', ...marks] = [...ch.normalize('NFD')];
    if (marks.length === 0 || !/[aeiouyAEIOUY]/u.test(base)) {
      out += ch;
      continue;
    }
    const upper = base !== base.toLowerCase();
    const cased = (s: string): string => (upper ? s.toUpperCase() : s);
    const tone = TONES.findIndex((t) => marks.includes(t));
    const lower = base.toLowerCase();
    if (marks.includes(HORN)) {
      out += cased(lower === 'o' ? 'ô' : 'ö') + (tone >= 0 ? cased(VNI_TONE[tone] ?? '') : '');
    } else if (marks.includes(CIRCUMFLEX)) {
      out += base + cased(tone >= 0 ? (VNI_CIRCUMFLEX_TONE[tone] ?? '') : 'â');
    } else if (marks.includes(BREVE)) {
      out += base + cased(tone >= 0 ? (VNI_BREVE_TONE[tone] ?? '') : 'ê');
    } else if (lower === 'i') {
      out += cased(VNI_I[tone] ?? '');
    } else if (lower === 'y' && tone === 4) {
      out += base + cased('î');
    } else {
      out += base + cased(VNI_TONE[tone] ?? '');
    }
  }
  return out;
}

/** Every Vietnamese vowel with every tone, and đ, in small letters. */
export const ALL_SMALL_LETTERS = [
  'aàảãáạ', 'ăằẳẵắặ', 'âầẩẫấậ', 'eèẻẽéẹ', 'êềểễếệ', 'iìỉĩíị',
  'oòỏõóọ', 'ôồổỗốộ', 'ơờởỡớợ', 'uùủũúụ', 'ưừửữứự', 'yỳỷỹýỵ', 'đ',
].join('');
