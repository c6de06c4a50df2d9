/* Writes resources/templates/proposal-letter.docx, the default cover letter (tờ trình) template:
   `npx tsx electron/backend/proposals/template/buildLetterTemplate.ts` */
import fs from 'node:fs';
import path from 'node:path';
import PizZip from 'pizzip';
import { halfPoints, OFFICIAL_PAGE, wordPage, wordPageNumberParagraph, wordPageSetupXml } from '../../../../shared/domain/documents/officialPage';
import { findProjectRoot } from '../../paths/resources';

interface RunOptions { b?: boolean; i?: boolean; caps?: boolean; sz?: number; u?: boolean }
interface ParaOptions { keep?: boolean; before?: number; after?: number; line?: number; indent?: boolean; jc?: string }

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text: string, o: RunOptions = {}) =>
  `<w:r><w:rPr>${o.b ? '<w:b/>' : ''}${o.i ? '<w:i/>' : ''}${o.caps ? '<w:caps/>' : ''}${o.sz ? `<w:sz w:val="${o.sz}"/><w:szCs w:val="${o.sz}"/>` : ''}${o.u ? '<w:u w:val="single"/>' : ''}</w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const p = (runs: string | string[], o: ParaOptions = {}) =>
  `<w:p><w:pPr>${o.keep ? '<w:keepNext/>' : ''}<w:spacing w:before="${o.before ?? 0}" w:after="${o.after ?? 0}" w:line="${o.line ?? 264}" w:lineRule="auto"/>${o.indent ? '<w:ind w:firstLine="567"/>' : ''}<w:jc w:val="${o.jc ?? 'left'}"/></w:pPr>${Array.isArray(runs) ? runs.join('') : runs}</w:p>`;
const cell = (width: number, content: string) =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/><w:vAlign w:val="top"/></w:tcPr>${content}</w:tc>`;
const noBorders = '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>';
const allBorders = '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>';
const table = (widths: readonly number[], rows: string[], borders: string) =>
  `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/>${borders}<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`;
const tr = (cells: string[], header = false) => `<w:tr>${header ? '<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>' : '<w:trPr><w:cantSplit/></w:trPr>'}${cells.join('')}</w:tr>`;

// The official page (shared/domain/documents/officialPage.ts); the national motto, 12 pt bold, is 5007 twips
// wide in Times New Roman/Tinos: the right column holds it on one line.
const TEXT_WIDTH = wordPage('portrait').textWidth;
const HEADER_WIDTHS: [number, number] = [3600, TEXT_WIDTH - 3600];
const { pt } = OFFICIAL_PAGE;
const header = table(HEADER_WIDTHS, [
  tr([
    cell(HEADER_WIDTHS[0], [
      p(run('{upperName}', { caps: true, sz: halfPoints(pt.upperBody) }), { jc: 'center' }),
      p(run('{officeName}', { b: true, caps: true, sz: halfPoints(pt.issuer) }), { jc: 'center' }),
      p(run('________', { sz: 20 }), { jc: 'center', line: 200 }),
      p(run('Số: {number}', { sz: halfPoints(pt.number) }), { jc: 'center', before: 120 }),
    ].join('')),
    cell(HEADER_WIDTHS[1], [
      p(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { b: true, sz: 24 }), { jc: 'center' }),
      p(run('Độc lập - Tự do - Hạnh phúc', { b: true, u: true }), { jc: 'center' }),
      p(run('{dateLine}', { i: true }), { jc: 'center', before: 240 }),
    ].join('')),
  ]),
], noBorders);

const body = [
  p(run('TỜ TRÌNH', { b: true }), { jc: 'center', before: 360 }),
  p(run('{title}', { b: true }), { jc: 'center', after: 240 }),
  p([run('Kính gửi: '), run('{addressee}')], { jc: 'center', after: 240 }),
  p(run('{#paragraphs}'), { jc: 'both' }),
  p(run('{text}'), { jc: 'both', indent: true, after: 120, line: 312 }),
  p(run('{/paragraphs}'), { jc: 'both' }),
].join('');

const SIGN_WIDTHS: [number, number] = [4400, TEXT_WIDTH - 4400];
const signature = table(SIGN_WIDTHS, [
  tr([
    cell(SIGN_WIDTHS[0], [
      p([run('Nơi nhận:', { b: true, i: true, sz: 24 })], { before: 240 }),
      p(run('{#recipientLines}', { sz: 22 })),
      p(run('{.}', { sz: 22 })),
      p(run('{/recipientLines}', { sz: 22 })),
    ].join('')),
    cell(SIGN_WIDTHS[1], [
      p(run('{signerBlock}', { b: true }), { jc: 'center', before: 240 }),
      p(run('{signerTitle}', { b: true }), { jc: 'center' }),
      p(run(''), { jc: 'center' }),
      p(run(''), { jc: 'center' }),
      p(run(''), { jc: 'center' }),
      p(run(''), { jc: 'center' }),
      p(run('{signerName}', { b: true }), { jc: 'center' }),
    ].join('')),
  ]),
], noBorders);

const pageBreak = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
// TT | name | post and unit | achievement | form ("Bằng khen của Liên đoàn Lao động thành phố" in two lines) | note: the text width.
const widths = [500, 2000, 2100, TEXT_WIDTH - 500 - 2000 - 2100 - 1600 - 700, 1600, 700] as const;
const hcell = (w: number, t: string) => cell(w, p(run(t, { b: true, sz: 24 }), { jc: 'center' }));
const dcell = (w: number, t: string, jc = 'left', b = false) => cell(w, p(run(t, { sz: 24, b }), { jc }));
const list = [
  p(run('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', { b: true }), { jc: 'center' }),
  p(run('{listSubtitle}', { i: true }), { jc: 'center', after: 240 }),
  table(widths, [
    tr([hcell(widths[0], 'TT'), hcell(widths[1], 'Họ và tên / Tên tập thể'), hcell(widths[2], 'Chức vụ, đơn vị'), hcell(widths[3], 'Thành tích'), hcell(widths[4], 'Hình thức đề nghị'), hcell(widths[5], 'Ghi chú')], true),
    // "I. TẬP THỂ", "II. CÁ NHÂN" in bold, then the rows of each.
    tr([dcell(widths[0], '{#rows}{#section}{tt}', 'center', true), dcell(widths[1], '{name}', 'left', true), dcell(widths[2], ''), dcell(widths[3], ''), dcell(widths[4], ''), dcell(widths[5], '{/section}')]),
    tr([dcell(widths[0], '{^section}{tt}', 'center'), dcell(widths[1], '{name}'), dcell(widths[2], '{unit}'), dcell(widths[3], '{achievement}'), dcell(widths[4], '{form}'), dcell(widths[5], '{note}{/section}{/rows}')]),
  ], allBorders),
].join('');

// Page numbers from page 2, top centre (NĐ 30): a header on every page but the first.
const sect = `<w:sectPr><w:headerReference w:type="default" r:id="rId2"/>${wordPageSetupXml('portrait')}<w:titlePg/></w:sectPr>`;
const headerXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${wordPageNumberParagraph()}</w:hdr>`;
const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${header}${body}${signature}${pageBreak}${list}${sect}</w:body></w:document>`;

const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`;

/** The default cover letter template as .docx bytes. */
export function letterTemplateBytes(): Buffer {
const zip = new PizZip();
zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`);
zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`);
zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>`);
zip.file('docProps/core.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Tờ trình đề nghị khen thưởng</dc:title><dc:creator>UnionDesk</dc:creator></cp:coreProperties>`);
zip.file('word/document.xml', documentXml);
zip.file('word/styles.xml', styles);
zip.file('word/header1.xml', headerXml);
return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('buildLetterTemplate.ts')) {
  const file = path.join(findProjectRoot(), 'resources', 'templates', 'proposal-letter.docx');
  fs.writeFileSync(file, letterTemplateBytes());
  console.log(file);
}
