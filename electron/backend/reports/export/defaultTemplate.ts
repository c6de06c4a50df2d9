import PizZip from 'pizzip';
import { halfPoints, OFFICIAL_PAGE, wordPage, wordPageNumberParagraph, wordPageSetupXml } from '../../../../shared/domain/documents/officialPage';

/*
 * The default Word template of the year-end report (resources/templates/report.docx is this,
 * written by `npx tsx electron/backend/reports/export/writeDefaultTemplate.ts`). docxtemplater
 * fills the {tags}; {@body}, {@recipients} and {@appendix} take whole paragraphs of WordprocessingML.
 */

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"';
const FONT = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>';

const run = (text: string, props = '') => `<w:r><w:rPr>${props}</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (runs: string, props = '') => `<w:p><w:pPr>${props}</w:pPr>${runs}</w:p>`;
const center = '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>';
const noBorders = '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>';

/** A4 portrait with the official margins (shared/domain/documents/officialPage.ts). */
export const PAGE = wordPage('portrait');
export const TEXT_WIDTH = PAGE.textWidth;
// The national motto line, 12 pt bold, is 5007 twips wide in Times New Roman/Tinos: the right column must hold it on one line.
const HEADER_WIDTHS: [number, number] = [TEXT_WIDTH - 5600, 5600];
const SIGN_WIDTHS: [number, number] = [Math.floor(TEXT_WIDTH / 2), TEXT_WIDTH - Math.floor(TEXT_WIDTH / 2)];
const size = (pt: number) => `<w:sz w:val="${halfPoints(pt)}"/><w:szCs w:val="${halfPoints(pt)}"/>`;

function twoColumns(left: string, right: string, widths: [number, number]): string {
  const cell = (content: string, width: number) => `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
  return `<w:tbl><w:tblPr><w:tblW w:w="${widths[0] + widths[1]}" w:type="dxa"/>${noBorders}<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="${widths[0]}"/><w:gridCol w:w="${widths[1]}"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>${cell(left, widths[0])}${cell(right, widths[1])}</w:tr></w:tbl>`;
}

const DOCUMENT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>
${twoColumns(
  para(run('{upperName}', `<w:caps/>${size(OFFICIAL_PAGE.pt.upperBody)}`), center) +
    para(run('{officeName}', `<w:b/><w:caps/>${size(OFFICIAL_PAGE.pt.issuer)}`), center) +
    para(run('_______', '<w:sz w:val="20"/>'), center) +
    para(run('Số: {number}', size(OFFICIAL_PAGE.pt.number)), center),
  para(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '<w:b/><w:sz w:val="24"/><w:szCs w:val="24"/>'), center) +
    para(run('Độc lập - Tự do - Hạnh phúc', '<w:b/><w:sz w:val="26"/><w:szCs w:val="26"/><w:u w:val="single"/>'), center) +
    para('', center) +
    para(run('{dateLine}', '<w:i/><w:sz w:val="26"/><w:szCs w:val="26"/>'), center),
  HEADER_WIDTHS,
)}
${para('', '<w:spacing w:after="0"/>')}
${para(run('{#draft}'), '<w:spacing w:after="0"/>')}${para(run('(Dự thảo)', '<w:i/><w:sz w:val="22"/><w:szCs w:val="22"/>'), '<w:spacing w:after="0"/><w:jc w:val="center"/>')}${para(run('{/draft}'), '<w:spacing w:after="0"/>')}
${para(run('{reportKind}', '<w:b/><w:sz w:val="28"/>'), '<w:spacing w:before="240" w:after="0"/><w:jc w:val="center"/>')}
${para(run('{subject}', '<w:b/><w:sz w:val="28"/>'), '<w:spacing w:before="0" w:after="240"/><w:jc w:val="center"/>')}
${para(run('{@body}'))}
${twoColumns(
  para(run('Nơi nhận:', '<w:b/><w:i/><w:sz w:val="24"/>'), '<w:spacing w:after="0"/>') + para(run('{@recipients}')),
  para(run('{signerBlock}', '<w:b/>'), center) + para(run('{signerTitle}', '<w:b/>'), center) + para('', center) + para('', center) + para('', center) + para('', center) + para(run('{signerName}', '<w:b/>'), center),
  SIGN_WIDTHS,
)}
${para(run('{@appendix}'))}
<w:sectPr><w:headerReference w:type="default" r:id="rIdHeaderDefault"/><w:headerReference w:type="first" r:id="rIdHeaderFirst"/>
${wordPageSetupXml('portrait')}<w:titlePg/></w:sectPr>
</w:body></w:document>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}>
<w:docDefaults><w:rPrDefault><w:rPr>${FONT}<w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="80"/><w:ind w:firstLine="567"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="80" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:i/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr></w:style>
<w:style w:type="table" w:styleId="ReportTable"><w:name w:val="Report Table"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="24"/></w:rPr></w:style>
</w:styles>`;

const header = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr ${W}>${body}</w:hdr>`;
const PAGE_FIELD = wordPageNumberParagraph();

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="png" ContentType="image/png"/>
<Default Extension="svg" ContentType="image/svg+xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rIdHeaderDefault" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rIdHeaderFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>
</Relationships>`;

const SETTINGS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings ${W}><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}></w:numbering>`;

const CORE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Báo cáo tổng kết</dc:title><dc:creator>UnionDesk</dc:creator></cp:coreProperties>`;

/** The default template as .docx bytes. */
export function buildDefaultReportTemplate(): Uint8Array {
  const zip = new PizZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', ROOT_RELS);
  zip.file('docProps/core.xml', CORE);
  zip.file('word/document.xml', DOCUMENT);
  zip.file('word/_rels/document.xml.rels', DOCUMENT_RELS);
  zip.file('word/styles.xml', STYLES);
  zip.file('word/settings.xml', SETTINGS);
  zip.file('word/numbering.xml', NUMBERING);
  zip.file('word/header1.xml', header(PAGE_FIELD));
  zip.file('word/header2.xml', header('<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p>'));
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}
