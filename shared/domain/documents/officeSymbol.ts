import { formatDocumentNumber, nextDocumentNumber, parseDocumentNumber } from './documentNumber';

const initial = (word: string | undefined) => (word ? word.charAt(0).toLocaleUpperCase('vi') : '');

/**
 * The issuer part of our document symbols: the one set in Cài đặt, else derived from the names —
 * a one-word short name as it is, "Liên đoàn Lao động …" → "LĐLĐ", a short name led by an abbreviation
 * ("LĐLĐ Chương Mỹ") → that abbreviation, "Công đoàn phường …" → "CĐP".
 */
export function officeSymbol(symbol: string, shortName: string, name: string): string {
  if (symbol.trim() !== '') return symbol.trim();
  const short = shortName.trim();
  if (short !== '' && !/\s/u.test(short) && short.length <= 12) return short;
  const full = name.trim();
  const words = full.split(/\s+/u).filter(Boolean);
  if (/^liên đoàn lao động/iu.test(full)) return 'LĐLĐ';
  const shortHead = short.split(/\s+/u)[0] ?? '';
  if (shortHead.length >= 3 && shortHead === shortHead.toLocaleUpperCase('vi')) return shortHead;
  if (/^công đoàn/iu.test(full)) return `CĐ${initial(words[2])}`;
  return words.slice(0, 3).map(initial).join('') || 'CĐ';
}

/**
 * The next "số/TYPE-ISSUER" among a year's numbers: the issuer part of the latest number of that
 * type (so a symbol the clerk corrected by hand carries on), else `fallbackIssuer`.
 */
export function suggestDocumentNumber(numbersOfYear: readonly string[], type: string, fallbackIssuer: string): { number: string; sequence: number } {
  const latest = [...numbersOfYear]
    .reverse()
    .map(parseDocumentNumber)
    .find((parsed) => parsed !== null && parsed.type.toUpperCase() === type.toUpperCase());
  const issuer = latest?.issuer ?? fallbackIssuer;
  const sequence = nextDocumentNumber([...numbersOfYear], type, issuer);
  return { number: formatDocumentNumber(sequence, type, issuer), sequence };
}
