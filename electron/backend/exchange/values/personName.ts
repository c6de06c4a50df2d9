import { nfc } from '../../../../shared/domain/text/normalize';
import { rememberedPerWord } from '../../../../shared/domain/text/rememberedWords';

// Capitalise each part of "H'Hen" or "Y-Moan" (ethnic minority names) as well.
const capitalise = rememberedPerWord((word: string): string =>
  word.toLowerCase().replace(/(^|['’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()),
);

/**
 * A person's name as stored: NFC, whitespace collapsed, every word capitalised the Vietnamese
 * way — "NGUYỄN VĂN A" → "Nguyễn Văn A", and the half-capitalised words TCVN3 files leave where a
 * capital with a tone was typed in the small-letter font ("NGUYễN", "ánh") → "Nguyễn", "Ánh".
 */
export function normalizePersonName(text: string): string {
  return nfc(text).split(' ').map(capitalise).join(' ');
}
