import PizZip from 'pizzip';
import { halfPoints, OFFICIAL_PAGE, wordPage, wordPageNumberParagraph, wordPageSetupXml } from '../../../shared/domain/documents/officialPage';
import { escapeXmlText } from '../../../shared/domain/text/xmlText';
import { wordCell, wordLoop, wordParagraph, wordRow, wordRun, wordTable } from './wordXml';

/*
 * The one builder of the app's Word templates in the official format (Nghị định 30/2020/NĐ-CP): the
 * header table (upper body, issuer, "Số:", quốc hiệu, tiêu ngữ, place and date), the document's own
 * content, the "Nơi nhận" and signature block, what follows it (an attached list, an appendix) and
 * the page from shared/domain/documents/officialPage.ts, page numbers at the top from page 2.
 * Every document gives only its content; the frame's docxtemplater tags are the same in all of them:
 * {upperName} {officeName} {number} {dateLine}, {#recipientLines}{.}{/recipientLines},
 * {signerBlock} {signerTitle} {signerName}.
 */

export interface OfficialDocxContent {
  /** The document's title in its properties ("Quyết định khen thưởng"). */
  title: string;
  /** The body's type size in points and paragraph spacing (twips after, 240ths of a line). */
  body: { size: number; after: number; line: number };
  /** Paragraph and table styles the content refers to (w:style elements). */
  styles?: string;
  /** Between the header table and the signature block: title, text. */
  main: string;
  /** After the signature block: the attached list, the appendix. */
  after?: string;
}

export const TEXT_WIDTH = wordPage('portrait').textWidth;
// The national motto, 12 pt bold, is 5007 twips wide in Times New Roman/Tinos: the right column holds it on one line.
export const HEADER_WIDTHS: [number, number] = [TEXT_WIDTH - 5600, 5600];
const SIGN_WIDTHS: [number, number] = [Math.floor(TEXT_WIDTH / 2), TEXT_WIDTH - Math.floor(TEXT_WIDTH / 2)];
const { pt } = OFFICIAL_PAGE;

const header = wordTable(HEADER_WIDTHS, [
  wordRow([
    wordCell(HEADER_WIDTHS[0], [
      wordParagraph(wordRun('{upperName}', { caps: true, size: pt.upperBody }), { align: 'center', after: 0 }),
      wordParagraph(wordRun('{officeName}', { bold: true, caps: true, size: pt.issuer }), { align: 'center', after: 0 }),
      wordParagraph(wordRun('________', { size: 10 }), { align: 'center', after: 0, line: 200 }),
      wordParagraph(wordRun('Số: {number}', { size: pt.number }), { align: 'center', before: 120, after: 0 }),
    ].join('')),
    wordCell(HEADER_WIDTHS[1], [
      wordParagraph(wordRun('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: pt.nation }), { align: 'center', after: 0 }),
      wordParagraph(wordRun('Độc lập - Tự do - Hạnh phúc', { bold: true, underline: true, size: pt.motto }), { align: 'center', after: 0 }),
      wordParagraph(wordRun('{dateLine}', { italic: true }), { align: 'center', before: 240, after: 0 }),
    ].join('')),
  ]),
], { borders: 'none', cellMargin: 0 });

const signature = wordTable(SIGN_WIDTHS, [
  wordRow([
    wordCell(SIGN_WIDTHS[0], [
      wordParagraph(wordRun('Nơi nhận:', { bold: true, italic: true, size: 12 }), { before: 240, after: 0 }),
      wordLoop('recipientLines', wordRun('{.}', { size: 11 }), { after: 0 }),
    ].join('')),
    wordCell(SIGN_WIDTHS[1], [
      wordParagraph(wordRun('{signerBlock}', { bold: true }), { align: 'center', before: 240, after: 0 }),
      wordParagraph(wordRun('{signerTitle}', { bold: true }), { align: 'center', after: 0 }),
      ...Array.from({ length: 4 }, () => wordParagraph('', { align: 'center', after: 0 })),
      wordParagraph(wordRun('{signerName}', { bold: true }), { align: 'center', after: 0 }),
    ].join('')),
  ]),
], { borders: 'none', cellMargin: 0 });

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const PART = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function documentXml(content: OfficialDocxContent): string {
  // rIdHeaderFirst is empty: with w:titlePg the first page has no number.
  const section = `<w:sectPr><w:headerReference w:type="default" r:id="rIdHeaderDefault"/><w:headerReference w:type="first" r:id="rIdHeaderFirst"/>${wordPageSetupXml('portrait')}<w:titlePg/></w:sectPr>`;
  return `${XML}<w:document ${NS}><w:body>${header}${content.main}${signature}${content.after ?? ''}${section}</w:body></w:document>`;
}

function stylesXml(content: OfficialDocxContent): string {
  const size = halfPoints(content.body.size);
  const font = `<w:rFonts w:ascii="${OFFICIAL_PAGE.font.word}" w:hAnsi="${OFFICIAL_PAGE.font.word}" w:eastAsia="${OFFICIAL_PAGE.font.word}" w:cs="${OFFICIAL_PAGE.font.word}"/>`;
  return `${XML}<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr>${font}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="${content.body.after}" w:line="${content.body.line}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr></w:style>${content.styles ?? ''}</w:styles>`;
}

const parts = (content: OfficialDocxContent): Record<string, string> => ({
  '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="svg" ContentType="image/svg+xml"/><Override PartName="/word/document.xml" ContentType="${PART}.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="${PART}.styles+xml"/><Override PartName="/word/settings.xml" ContentType="${PART}.settings+xml"/><Override PartName="/word/numbering.xml" ContentType="${PART}.numbering+xml"/><Override PartName="/word/header1.xml" ContentType="${PART}.header+xml"/><Override PartName="/word/header2.xml" ContentType="${PART}.header+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
  '_rels/.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  'docProps/core.xml': `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeXmlText(content.title)}</dc:title><dc:creator>UnionDesk</dc:creator></cp:coreProperties>`,
  'word/_rels/document.xml.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="${REL}/settings" Target="settings.xml"/><Relationship Id="rIdNumbering" Type="${REL}/numbering" Target="numbering.xml"/><Relationship Id="rIdHeaderDefault" Type="${REL}/header" Target="header1.xml"/><Relationship Id="rIdHeaderFirst" Type="${REL}/header" Target="header2.xml"/></Relationships>`,
  'word/document.xml': documentXml(content),
  'word/styles.xml': stylesXml(content),
  'word/settings.xml': `${XML}<w:settings ${NS}><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`,
  'word/numbering.xml': `${XML}<w:numbering ${NS}></w:numbering>`,
  'word/header1.xml': `${XML}<w:hdr ${NS}>${wordPageNumberParagraph()}</w:hdr>`,
  'word/header2.xml': `${XML}<w:hdr ${NS}><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p></w:hdr>`,
});

/** A default template (.docx bytes) in the official format around the document's own content. */
export function officialDocxTemplate(content: OfficialDocxContent): Buffer {
  const zip = new PizZip();
  for (const [name, xml] of Object.entries(parts(content))) zip.file(name, xml);
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
