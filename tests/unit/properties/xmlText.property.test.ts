import fs from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXmlText } from '../../../shared/domain/text/xmlText';
import { textRun } from '../../../electron/backend/reports/export/wordml';
import { sourceFiles } from '../sourceFiles';

/** The Char production of XML 1.0, by code point. */
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

/** What survives: the string's code points that XML can hold (a lone surrogate is its own code point). */
function xmlChars(text: string): string {
  let kept = '';
  for (const ch of text) if (isXmlChar(ch.codePointAt(0) ?? 0)) kept += ch;
  return kept;
}

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('&', '<', '>', '"', "'", ']]>', '\u0000', '\u000b', '\ud800', '\udc00', '\uffff', 'Đ', 'ễ', '😀', ' '), maxLength: 20 }),
);

function parsedText(xml: string): string {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => { if (level !== 'warning') errors.push(message); } }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  return doc.documentElement?.textContent ?? '';
}

describe('text escaped into Word XML (properties)', () => {
  it('leaves only characters XML allows and parses back to the text minus those it cannot hold', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const escaped = escapeXmlText(text);
        for (const ch of escaped) expect(isXmlChar(ch.codePointAt(0) ?? 0)).toBe(true);
        expect(parsedText(`<t a="${escaped}">${escaped}</t>`)).toBe(xmlChars(text));
      }),
    );
  });

  it('a run of the report keeps any text the user typed', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const run = textRun(text, { bold: true });
        const xml = `<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${run}</w:p>`;
        expect(parsedText(xml)).toBe(xmlChars(text));
      }),
    );
  });
});

describe('one XML text escaper', () => {
  it('is the only one: no builder of Word or XML parts escapes text by hand', () => {
    const handWritten = [...sourceFiles('electron'), ...sourceFiles('shared')]
      .filter((file) => file !== path.join('shared', 'domain', 'text', 'xmlText.ts') && file !== path.join('shared', 'reports', 'richText.ts'))
      .filter((file) => fs.readFileSync(file, 'utf8').includes("'&amp;'"));
    expect(handWritten).toEqual([]);
  });
});
