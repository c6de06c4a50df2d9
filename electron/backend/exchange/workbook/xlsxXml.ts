/** Small readers for the SpreadsheetML parts of an .xlsx (elements may carry any namespace prefix). */

const ENTITY = /&(?:#(\d+)|#x([\da-fA-F]+)|(amp|lt|gt|quot|apos));/gu;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Excel writes characters XML cannot hold (a carriage return, say) as _xHHHH_. */
const OOXML_ESCAPE = /_x([\da-fA-F]{4})_/gu;

export function unescapeXml(text: string): string {
  let result = text.includes('&')
    ? text.replace(ENTITY, (_, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
        name !== undefined ? (NAMED[name] ?? '') : String.fromCodePoint(dec !== undefined ? Number(dec) : parseInt(hex ?? '0', 16)),
      )
    : text;
  if (result.includes('_x')) result = result.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return result;
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu;

/** An element's attributes by local name (a prefix such as r: dropped), values unescaped. */
export function attributes(text: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').replace(/^[\w.-]+:/u, '');
    result.set(name, unescapeXml(match[2] ?? match[3] ?? ''));
  }
  return result;
}

/** Every start tag `<name …>` or `<name …/>` (any prefix), with its attributes. */
export function* elements(xml: string, name: string): Generator<Map<string, string>> {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${name}(\\s[^>]*?)?\\/?>`, 'gu');
  for (const match of xml.matchAll(pattern)) yield attributes(match[1] ?? '');
}

const PHONETIC = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/gu;
const TEXT_RUN = /<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?t>/gu;

/** The text of a string item (`<si>` or `<is>`): its runs joined, phonetic guides left out. */
export function richText(xml: string): string {
  const body = xml.includes('rPh') ? xml.replace(PHONETIC, '') : xml;
  let text = '';
  for (const match of body.matchAll(TEXT_RUN)) text += match[1] ?? '';
  return unescapeXml(text);
}

/** Zero-based row and column of an A1 reference; null for anything else. */
export function decodeReference(ref: string): { r: number; c: number } | null {
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) c = c * 26 + code - 64;
    else if (code >= 97 && code <= 122) c = c * 26 + code - 96;
    else if (code !== 36) break;
  }
  const row = Number(ref.slice(i).replace('$', ''));
  if (c === 0 || !Number.isInteger(row) || row < 1) return null;
  return { r: row - 1, c: c - 1 };
}
