/*
 * Test-only encoders from Unicode to the two legacy encodings, written from the encodings'
 * published tables independently of the decoders under test (their inverse would prove nothing).
 */
import { TCVN3_DECODE } from '../../../electron/backend/exchange/encoding/tcvn3';

const TCVN3_ENCODE = new Map([...TCVN3_DECODE].map(([code, letter]) => [letter, code]));

/** Lower-case Vietnamese text (and the seven toneless capitals) as Excel shows TCVN3. */
export function encodeTcvn3(text: string): string {
  return [...text.normalize('NFC')].map((ch) => TCVN3_ENCODE.get(ch) ?? ch).join('');
}

const TONE_OF_MARK: Record<string, number> = { '\u0301': 1, '\u0300': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5 };
const VNI_TONE = ['', 'ù', 'ø', 'û', 'õ', 'ï'];
const VNI_CIRCUMFLEX = ['â', 'á', 'à', 'å', 'ã', 'ä'];
const VNI_BREVE = ['ê', 'é', 'è', 'ú', 'ü', 'ë'];
const VNI_I = ['i', 'í', 'ì', 'æ', 'ó', 'ò'];

function vniLetter(letter: string): string {
  const upper = letter !== letter.toLowerCase();
  const cased = (s: string) => (upper ? s.toUpperCase() : s);
  const [base = '', ...marks] = [...letter.toLowerCase().normalize('NFD')];
  let tone = 0;
  let shape = '';
  for (const mark of marks) {
    if (TONE_OF_MARK[mark] !== undefined) tone = TONE_OF_MARK[mark];
    else if (mark === '\u0302') shape = 'circumflex';
    else if (mark === '\u0306') shape = 'breve';
    else if (mark === '\u031b') shape = 'horn';
  }
  if (base === 'đ') return cased('ñ');
  if (shape === 'circumflex') return cased(base) + cased(VNI_CIRCUMFLEX[tone] ?? '');
  if (shape === 'breve') return cased(base) + cased(VNI_BREVE[tone] ?? '');
  if (shape === 'horn') return cased(base === 'o' ? 'ô' : 'ö') + cased(VNI_TONE[tone] ?? '');
  if (base === 'i') return cased(VNI_I[tone] ?? 'i');
  if (base === 'y' && tone === 5) return cased('yî');
  return cased(base) + cased(VNI_TONE[tone] ?? '');
}

/** Vietnamese text as Excel shows VNI Windows. */
export function encodeVni(text: string): string {
  return [...text.normalize('NFC')].map(vniLetter).join('');
}
