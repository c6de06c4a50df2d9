/*
 * VNI Windows (VNI-Times and the other VNI-* fonts). A letter with marks is written as an ASCII
 * base letter followed by one Latin-1 "mark" character, with separate upper-case marks for
 * capitals; ơ ư đ and the toned i are single characters. Excel shows the Windows-1252 reading:
 * "Nguyễn Văn Đức" reads "Nguyeãn Vaên Ñöùc".
 */

/** Index of a tone in the rows below: 0 none, 1 acute, 2 grave, 3 hook above, 4 tilde, 5 dot below. */
const TONED: Readonly<Record<string, string>> = {
  a: 'aáàảãạ',
  ă: 'ăắằẳẵặ',
  â: 'âấầẩẫậ',
  e: 'eéèẻẽẹ',
  ê: 'êếềểễệ',
  i: 'iíìỉĩị',
  o: 'oóòỏõọ',
  ô: 'ôốồổỗộ',
  ơ: 'ơớờởỡợ',
  u: 'uúùủũụ',
  ư: 'ưứừửữự',
  y: 'yýỳỷỹỵ',
};

/** A tone mark after a vowel: ù acute, ø grave, û hook, õ tilde, ï dot below (Ù Ø Û Õ Ï for capitals). */
const TONE_MARK: Readonly<Record<string, number>> = {
  ù: 1, ø: 2, û: 3, õ: 4, ï: 5,
  Ù: 1, Ø: 2, Û: 3, Õ: 4, Ï: 5,
};

/** After a, e, o: the circumflex (â ê ô) with a tone. */
const CIRCUMFLEX_MARK: Readonly<Record<string, number>> = {
  â: 0, á: 1, à: 2, å: 3, ã: 4, ä: 5,
  Â: 0, Á: 1, À: 2, Å: 3, Ã: 4, Ä: 5,
};

/** After a: the breve (ă) with a tone. */
const BREVE_MARK: Readonly<Record<string, number>> = {
  ê: 0, é: 1, è: 2, ú: 3, ü: 4, ë: 5,
  Ê: 0, É: 1, È: 2, Ú: 3, Ü: 4, Ë: 5,
};

/** ơ and ư are single characters, which may themselves take a tone mark. */
const HORN_LETTER: Readonly<Record<string, string>> = { ô: 'ơ', Ô: 'Ơ', ö: 'ư', Ö: 'Ư' };

/** Single characters that are whole letters. */
const SINGLE: Readonly<Record<string, string>> = {
  ñ: 'đ', Ñ: 'Đ',
  í: 'í', ì: 'ì', æ: 'ỉ', ó: 'ĩ', ò: 'ị',
  Í: 'Í', Ì: 'Ì', Æ: 'Ỉ', Ó: 'Ĩ', Ò: 'Ị',
};

/** The dot below of y has its own mark: yî = ỵ, YÎ = Ỵ. */
const Y_DOT: Readonly<Record<string, true>> = { î: true, Î: true };

/** Every character VNI gives a meaning other than its Latin-1 one. */
export const VNI_CHARACTERS: ReadonlySet<string> = new Set([
  ...Object.keys(TONE_MARK),
  ...Object.keys(CIRCUMFLEX_MARK),
  ...Object.keys(BREVE_MARK),
  ...Object.keys(HORN_LETTER),
  ...Object.keys(SINGLE),
  ...Object.keys(Y_DOT),
]);

function toned(base: string, tone: number, upper: boolean): string {
  const letter = TONED[base]?.[tone] ?? base;
  return upper ? letter.toUpperCase() : letter;
}

/** Convert VNI Windows text (as read from the cell) to Unicode NFC. Anything else passes through. */
export function vniToUnicode(s: string): string {
  const chars = [...s];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    const next = chars[i + 1] ?? '';
    const lower = ch.toLowerCase();
    const upper = ch !== lower;

    const horn = HORN_LETTER[ch];
    if (horn !== undefined) {
      const tone = TONE_MARK[next];
      if (tone !== undefined) {
        out += toned(horn.toLowerCase(), tone, upper);
        i++;
      } else {
        out += horn;
      }
      continue;
    }

    if (lower === 'a' || lower === 'e' || lower === 'o') {
      const circumflex = CIRCUMFLEX_MARK[next];
      if (circumflex !== undefined) {
        out += toned(lower === 'a' ? 'â' : lower === 'e' ? 'ê' : 'ô', circumflex, upper);
        i++;
        continue;
      }
      const breve = lower === 'a' ? BREVE_MARK[next] : undefined;
      if (breve !== undefined) {
        out += toned('ă', breve, upper);
        i++;
        continue;
      }
    }

    if ('aeiouy'.includes(lower) && lower !== '') {
      const tone = TONE_MARK[next];
      if (tone !== undefined) {
        out += toned(lower, tone, upper);
        i++;
        continue;
      }
      if (lower === 'y' && Y_DOT[next] === true) {
        out += toned('y', 5, upper);
        i++;
        continue;
      }
    }

    out += SINGLE[ch] ?? ch;
  }
  return out.normalize('NFC');
}
