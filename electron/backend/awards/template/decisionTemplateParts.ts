/*
 * The OOXML parts of the default decision template (resources/templates/decision.docx), with
 * docxtemplater tags. Written out by buildDecisionTemplate.ts; users may replace the file with
 * their own .docx that uses the same tags.
 */
import { OFFICIAL_PAGE, wordPage, wordPageNumberParagraph, wordPageSetupXml } from '../../../../shared/domain/documents/officialPage';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
}

function run(text: string, style: RunStyle = {}): string {
  const props = [
    style.bold ? '<w:b/>' : '',
    style.italic ? '<w:i/>' : '',
    style.underline ? '<w:u w:val="single"/>' : '',
    style.size ? `<w:sz w:val="${style.size * 2}"/><w:szCs w:val="${style.size * 2}"/>` : '',
  ].join('');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

function para(runs: string, options: { align?: 'center' | 'left' | 'right' | 'both'; indent?: boolean; before?: number; after?: number; keepNext?: boolean } = {}): string {
  const props = [
    options.keepNext ? '<w:keepNext/>' : '',
    `<w:spacing w:before="${options.before ?? 0}" w:after="${options.after ?? 60}"/>`,
    options.indent ? '<w:ind w:firstLine="567"/>' : '',
    `<w:jc w:val="${options.align ?? 'left'}"/>`,
  ].join('');
  return `<w:p><w:pPr>${props}</w:pPr>${runs}</w:p>`;
}

/** One paragraph per item: with paragraphLoop, the paragraphs holding only {#name} and {/name} disappear. */
function loop(name: string, runs: string, options: Parameters<typeof para>[1]): string[] {
  return [para(run(`{#${name}}`), { after: 0 }), para(runs, options), para(run(`{/${name}}`), { after: 0 })];
}

const noBorders = '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>';
const allBorders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('');

function cell(width: number, content: string, header = false): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${header ? '<w:vAlign w:val="center"/>' : ''}</w:tcPr>${content}</w:tc>`;
}

function table(widths: number[], rows: string[], borders: string): string {
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

const TEXT_WIDTH = wordPage('portrait').textWidth;
const HEADER_WIDTHS = [3800, TEXT_WIDTH - 3800];
const LIST_WIDTHS = [567, TEXT_WIDTH - 567 - 2200 - 2604 - 1300, 2200, 2604, 1300];
const { pt } = OFFICIAL_PAGE;

function documentBody(): string {
  const header = table(
    HEADER_WIDTHS,
    [
      `<w:tr>${cell(HEADER_WIDTHS[0]!, para(run('{upperName}', { size: pt.upperBody }), { align: 'center', after: 0 }) + para(run('{officeName}', { bold: true, size: pt.issuer }), { align: 'center', after: 0 }) + para(run('{numberLine}', { size: pt.number }), { align: 'center', before: 120 }))}${cell(
        HEADER_WIDTHS[1]!,
        para(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 12 }), { align: 'center', after: 0 }) +
          para(run('Độc lập - Tự do - Hạnh phúc', { bold: true, underline: true }), { align: 'center', after: 0 }) +
          para(run('{dateLine}', { italic: true }), { align: 'center', before: 120 }),
      )}</w:tr>`,
    ],
    noBorders.replace('<w:tblBorders>', '').replace('</w:tblBorders>', ''),
  );
  const headRow = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${['TT', 'Họ và tên / Tập thể', 'Đơn vị', 'Thành tích', 'Số tiền (đồng)']
    .map((h, i) => cell(LIST_WIDTHS[i]!, para(run(h, { bold: true, size: 12 }), { align: 'center', after: 0 }), true))
    .join('')}</w:tr>`;
  const loopRow = `<w:tr><w:trPr><w:cantSplit/></w:trPr>${[
    ['{#rows}{no}', 'center'],
    ['{name}', 'left'],
    ['{unit}', 'left'],
    ['{achievement}', 'both'],
    ['{amount}{/rows}', 'right'],
  ]
    .map(([text, align], i) => cell(LIST_WIDTHS[i]!, para(run(text!, { size: 12 }), { align: align as 'left', after: 0 })))
    .join('')}</w:tr>`;
  const totalRow = `<w:tr>${cell(LIST_WIDTHS[0]!, para(''))}${cell(LIST_WIDTHS[1]! + 0, para(run('Tổng cộng', { bold: true, size: 12 }), { after: 0 }))}${cell(LIST_WIDTHS[2]!, para(''))}${cell(LIST_WIDTHS[3]!, para(''))}${cell(LIST_WIDTHS[4]!, para(run('{total}', { bold: true, size: 12 }), { align: 'right', after: 0 }))}</w:tr>`;
  const signature = table(
    HEADER_WIDTHS,
    [
      `<w:tr>${cell(
        HEADER_WIDTHS[0]!,
        para(run('Nơi nhận:', { bold: true, italic: true, size: 12 }), { after: 0 }) + loop('recipientsTo', run('{.}', { size: 11 }), { after: 0 }).join(''),
      )}${cell(
        HEADER_WIDTHS[1]!,
        para(run('{signerBlock}', { bold: true }), { align: 'center', after: 0 }) +
          para(run('{signerTitle}', { bold: true }), { align: 'center', after: 1400 }) +
          para(run('{signerName}', { bold: true }), { align: 'center' }),
      )}</w:tr>`,
    ],
    '',
  );
  return [
    header,
    para(run('QUYẾT ĐỊNH', { bold: true, size: 14 }), { align: 'center', before: 240, after: 0 }),
    para(run('{subject}', { bold: true, size: 14 }), { align: 'center', after: 240 }),
    para(run('{issuerLine}', { bold: true }), { align: 'center', after: 120 }),
    ...loop('bases', run('{.}', { italic: true }), { align: 'both', indent: true }),
    para(run('QUYẾT ĐỊNH:', { bold: true }), { align: 'center', before: 120, after: 120 }),
    ...loop('articles', run('{head}', { bold: true }) + run('{body}'), { align: 'both', indent: true }),
    signature,
    `<w:p><w:r><w:br w:type="page"/></w:r></w:p>`,
    para(run('{listTitle}', { bold: true }), { align: 'center', after: 0 }),
    para(run('{listSubtitle}', { italic: true }), { align: 'center', after: 200 }),
    table(LIST_WIDTHS, [headRow, loopRow, totalRow], allBorders),
    para(run('Bằng chữ: ', { bold: true }) + run('{totalInWords}', { italic: true }), { before: 120 }),
  ].join('');
}

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export const decisionTemplateParts: Record<string, string> = {
  '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
  '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Quyết định khen thưởng</dc:title><dc:creator>UnionDesk</dc:creator></cp:coreProperties>`,
  'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/></Relationships>`,
  'word/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`,
  // Page numbers at the top centre from page 2: the first page's header is empty (titlePg).
  'word/header1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr ${NS}>${wordPageNumberParagraph()}</w:hdr>`,
  'word/header2.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr ${NS}><w:p/></w:hdr>`,
  'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${NS}><w:body>${documentBody()}<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:headerReference w:type="first" r:id="rId3"/>${wordPageSetupXml('portrait')}<w:titlePg/></w:sectPr></w:body></w:document>`,
};
