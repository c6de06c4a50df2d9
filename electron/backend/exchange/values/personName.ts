import { nfc } from '../../../../shared/domain/text/normalize';

function capitalise(word: string): string {
  // Capitalise each part of "H'Hen" or "Y-Moan" (ethnic minority names) as well.
  return word
    .toLowerCase()
    .replace(/(^|['’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * A person's name as stored: NFC, whitespace collapsed, and every word that is all capitals
 * ("NGUYỄN VĂN A") or all small letters ("ánh", as TCVN3 files written without the capital font
 * give) capitalised the Vietnamese way: "Nguyễn Văn A", "Ánh". Mixed-case words stay as written.
 */
export function normalizePersonName(text: string): string {
  return nfc(text)
    .split(' ')
    .map((word) => (word === word.toUpperCase() || word === word.toLowerCase() ? capitalise(word) : word))
    .join(' ');
}
