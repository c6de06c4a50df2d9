/*
 * Text written into XML parts (Word's document.xml and friends). XML 1.0 allows only tab, line
 * feed, carriage return and the characters from U+0020 on, minus lone surrogates and U+FFFE/U+FFFF;
 * Word refuses a file with any other, so they are dropped before escaping.
 */

// With the u flag a surrogate pair is one code point, so the surrogate range matches only lone halves.
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu;

/** Escape text for an XML element or a double-quoted attribute, dropping what XML cannot hold. */
export function escapeXmlText(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    // Written as references so that a parser's line-end and attribute normalisation keeps them as typed.
    .replace(/[\t\n\r]/gu, (ch) => `&#${ch.charCodeAt(0)};`);
}
