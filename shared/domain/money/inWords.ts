/*
 * Amounts of money in Vietnamese words, as written on decisions ("Bằng chữ: …").
 * The number is read in groups of three digits (trăm, mươi, đơn vị) with the group names
 * nghìn and triệu; every nine digits make a tỷ, so 10^12 is 'một nghìn tỷ'.
 */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const GROUP_NAMES = ['', 'nghìn', 'triệu'] as const;
const BILLION = 1_000_000_000;

function digit(d: number): string {
  return DIGITS[d] ?? '';
}

/**
 * Words for a group 0–999. `inner` is true when a higher non-zero group comes before it:
 * then an empty hundreds is still read ('không trăm') and an empty tens before a unit is 'linh'.
 */
function readGroup(group: number, inner: boolean): string[] {
  const hundreds = Math.floor(group / 100);
  const tens = Math.floor(group / 10) % 10;
  const units = group % 10;
  const words: string[] = [];
  const readHundreds = inner || hundreds > 0;
  if (readHundreds) words.push(digit(hundreds), 'trăm');
  if (tens === 0) {
    if (units > 0) {
      if (readHundreds) words.push('linh');
      words.push(digit(units));
    }
    return words;
  }
  words.push(tens === 1 ? 'mười' : `${digit(tens)} mươi`);
  if (units === 5) words.push('lăm'); // after any tens
  else if (units === 1 && tens >= 2) words.push('mốt');
  else if (units === 4 && tens >= 2) words.push('tư');
  else if (units > 0) words.push(digit(units));
  return words;
}

/** Words for n < 10^9 (groups nghìn, triệu); `inner` as for readGroup, for the first group. */
function readBelowBillion(n: number, inner: boolean): string[] {
  const words: string[] = [];
  let higherSeen = inner;
  for (let g = GROUP_NAMES.length - 1; g >= 0; g--) {
    const group = Math.floor(n / 1000 ** g) % 1000;
    if (group === 0) continue;
    words.push(...readGroup(group, higherSeen));
    const name = GROUP_NAMES[g] ?? '';
    if (name !== '') words.push(name);
    higherSeen = true;
  }
  return words;
}

function readNumber(n: number, inner: boolean): string[] {
  if (n < BILLION) return readBelowBillion(n, inner);
  const billions = Math.floor(n / BILLION);
  const rest = n % BILLION;
  const words = [...readNumber(billions, inner), 'tỷ'];
  if (rest > 0) words.push(...readBelowBillion(rest, true));
  return words;
}

/**
 * 1500015 → 'Một triệu năm trăm nghìn không trăm mười lăm đồng'; 0 → 'Không đồng'.
 * Throws RangeError for anything but a non-negative safe integer.
 */
export function amountInWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`Amount must be a non-negative integer: ${n}`);
  }
  const text = n === 0 ? 'không' : readNumber(n, false).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} đồng`;
}
