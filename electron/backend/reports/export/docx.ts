import { withFingerprintParagraph } from '../../upward/fingerprintDocx';
import type PizZip from 'pizzip';
import { formatDateVi } from '../../../../shared/domain/format/date';
import { formatNumber } from '../../../../shared/domain/format/number';
import { figureRemark, figureSections, ROMAN } from '../../../../shared/reports/figures';
import type { ReportDocument } from '../../../../shared/reports/model';
import { printableSections } from '../../../../shared/reports/sectionText';
import { APPENDIX_POINTER, appendixReference, appendixTitle, REPORT_KIND, reportSubject } from '../../../../shared/reports/titleBlock';
import { figureNoteText, figureNotes, numberLine, reportDateLine, STATS_COLUMN_TWIPS, STATS_COLUMNS } from '../../../../shared/reports/printHtml';
import { wordPageSetupXml } from '../../../../shared/domain/documents/officialPage';
import { renderWordTemplate } from '../../documents/wordTemplates';
import { svgsToPng } from './svgToPng';
import { Numbering, paragraph, richTextXml, tableXml, textRun, TEXT_WIDTH } from './wordml';
import { writeFileAtomic } from '../../paths/dataDir';

const num = (n: number | null) => (n === null ? '' : formatNumber(n, 1));
const EMU_PER_PX = 9525;

function body(doc: ReportDocument, numbering: Numbering): string {
  return printableSections(doc.sections, doc.figures)
    .map((s) => {
      const heading = s.level === 1 ? paragraph(textRun(s.heading, { bold: true }), '<w:pStyle w:val="Heading1"/>') : paragraph(textRun(s.heading, { bold: true }), '<w:pStyle w:val="Heading2"/>');
      return heading + richTextXml(s.html, numbering);
    })
    .join('');
}

function recipients(doc: ReportDocument): string {
  return doc.header.recipients.map((line) => paragraph(textRun(line, { size: 22 }), '<w:spacing w:after="0"/>')).join('') || paragraph('');
}

/*
 * Nine columns whose numbers reach 15–16 characters ("232.818.000.000", "+49.381.000.000") do not fit
 * a portrait page at a readable size, so the appendix is a landscape section (NĐ 30 allows tables in
 * landscape). At 11 pt Times New Roman/Tinos "+232.818.000.000" is 1609 twips, plus 114 of cell margins.
 * The columns are the print layout's (shared/reports/printHtml.ts): one set of widths for the PDF and Word.
 */
export const STAT_WIDTHS = [...STATS_COLUMN_TWIPS];
const STAT_FONT_SIZE = 22;

function statsTables(doc: ReportDocument): string {
  const notes = figureNotes(doc.figures);
  return figureSections(doc.figures)
    .map(({ title, figures }, i) => {
      const rows = [
        { header: true, cells: STATS_COLUMNS.map((c) => ({ content: c })) },
        ...figures.map((f, j) => ({
          cells: [
            { content: String(j + 1), align: 'center' as const },
            { content: f.label },
            { content: f.unit, align: 'center' as const },
            { content: `${num(f.value)}${notes.has(f.code) ? ` (${notes.get(f.code)})` : ''}`, align: 'right' as const },
            { content: num(f.lastYear), align: 'right' as const },
            { content: f.change === null ? '' : `${f.change > 0 ? '+' : ''}${num(f.change)}`, align: 'right' as const },
            { content: num(f.target), align: 'right' as const },
            { content: f.percentOfTarget === null ? '' : `${formatNumber(f.percentOfTarget, 1)}%`, align: 'right' as const },
            { content: figureRemark(f) },
          ],
        })),
      ];
      const footnotes = figures
        .filter((f) => notes.has(f.code))
        .map((f) => paragraph(textRun(`(${notes.get(f.code)}) ${f.label}: ${figureNoteText(f)}`, { size: 22 }), '<w:spacing w:after="0"/>'))
        .join('');
      return paragraph(textRun(`${ROMAN[i] ?? i + 1}. ${title}`, { bold: true }), '<w:keepNext/><w:spacing w:before="120" w:after="60"/>') + tableXml(rows, STAT_WIDTHS, { size: STAT_FONT_SIZE }) + footnotes;
    })
    .join('');
}

function chartXml(index: number, width: number, height: number): string {
  // Two charts to a landscape page: at most the portrait text width and 3 inches high.
  const scale = Math.min(1, ((TEXT_WIDTH / 1440) * 96) / width, (3 * 96) / height);
  const cx = Math.round(width * scale * EMU_PER_PX);
  const cy = Math.round(height * scale * EMU_PER_PX);
  const id = 100 + index;
  return `<w:p><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="0"/><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="${id}" name="Biểu đồ ${index + 1}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="${id}" name="chart${index + 1}.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdUdChartPng${index + 1}"><a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="rIdUdChartSvg${index + 1}"/></a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
}

function appendix(doc: ReportDocument): string {
  const center = '<w:spacing w:after="0"/><w:jc w:val="center"/>';
  const title =
    paragraph(textRun('PHỤ LỤC', { bold: true }), center) +
    paragraph(textRun(appendixTitle(doc.year), { bold: true }), center) +
    paragraph(textRun(appendixReference(doc), { italic: true }), '<w:jc w:val="center"/>');
  const cutoff = doc.header.cutoffOn ? paragraph(textRun(`(Số liệu tính đến ngày ${formatDateVi(doc.header.cutoffOn)})`, { italic: true }), '<w:jc w:val="center"/>') : '';
  const charts = doc.charts.map((c, i) => chartXml(i, c.width, c.height) + paragraph(textRun(c.title, { italic: true, size: 24 }), '<w:pStyle w:val="Caption"/>')).join('');
  return APPENDIX_BREAK + title + cutoff + (doc.figures.length ? statsTables(doc) : paragraph(textRun('Chưa có số liệu thống kê.'))) + charts;
}

// Replaced after rendering by the end of the portrait section (see landscapeAppendix).
const APPENDIX_BREAK = '<w:p><w:pPr><w:pStyle w:val="UdAppendixBreak"/></w:pPr></w:p>';
const PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

/**
 * The template's own (last) section ends before the appendix; the appendix becomes a landscape
 * section with the same headers, page numbers running on. Without a section in the template the
 * appendix just starts a new page.
 */
export function landscapeAppendix(documentXml: string): string {
  const at = documentXml.lastIndexOf('<w:sectPr');
  const end = documentXml.indexOf('</w:sectPr>', at);
  if (at < 0 || end < 0 || !documentXml.includes(APPENDIX_BREAK)) return documentXml.replace(APPENDIX_BREAK, PAGE_BREAK);
  const portrait = documentXml.slice(at, end + '</w:sectPr>'.length);
  const landscape = portrait
    .replace(/<w:titlePg\/>|<w:titlePg [^>]*\/>/, '')
    .replace(/<w:type [^>]*\/>/, '')
    .replace(/<w:pgMar\b[^>]*\/>/, '')
    .replace(/<w:pgSz\b[^>]*\/>/, wordPageSetupXml('landscape'));
  const ended = documentXml.slice(0, at) + landscape + documentXml.slice(end + '</w:sectPr>'.length);
  return ended.replace(APPENDIX_BREAK, `<w:p><w:pPr>${portrait}</w:pPr></w:p>`);
}

function addRelationships(zip: PizZip, rels: string[]): void {
  const name = 'word/_rels/document.xml.rels';
  const current = zip.file(name)?.asText() ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  zip.file(name, current.replace('</Relationships>', `${rels.join('')}</Relationships>`));
}

function ensureContentTypes(zip: PizZip): void {
  let types = zip.file('[Content_Types].xml')?.asText() ?? '';
  for (const [ext, type] of [['png', 'image/png'], ['svg', 'image/svg+xml']]) {
    if (!new RegExp(`Extension="${ext}"`, 'i').test(types)) types = types.replace('</Types>', `<Default Extension="${ext}" ContentType="${type}"/></Types>`);
  }
  if (!zip.file('word/numbering.xml')) {
    zip.file('word/numbering.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"></w:numbering>');
    types = types.replace('</Types>', '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>');
    addRelationships(zip, ['<Relationship Id="rIdUdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>']);
  }
  zip.file('[Content_Types].xml', types);
}

/** The report as an editable Word document from the (default or custom) template. */
export async function writeReportDocx(doc: ReportDocument, file: string, options: { dataDir: string; resourcesDir: string }): Promise<{ file: string }> {
  const numbering = new Numbering();
  const out = renderWordTemplate(options, 'report', {
    upperName: doc.office.upperName,
    officeName: doc.office.name,
    number: numberLine(doc).replace(/^Số: /, ''),
    dateLine: reportDateLine(doc),
    title: doc.header.title,
    reportKind: REPORT_KIND,
    subject: reportSubject(doc.header.title),
    signerBlock: doc.header.signerBlock,
    signerTitle: doc.header.signerTitle,
    signerName: doc.header.signerName,
    year: doc.year,
    draft: doc.version === null,
    body: body(doc, numbering) + paragraph(textRun(APPENDIX_POINTER)),
    // An office's own template may still hold the earlier {@recipients} (paragraphs) in place of the loop.
    recipientLines: doc.header.recipients,
    recipients: recipients(doc),
    appendix: appendix(doc),
  }, (xml) => withFingerprintParagraph(landscapeAppendix(xml), doc.signingKey));
  ensureContentTypes(out);
  const numberingXml = out.file('word/numbering.xml')?.asText();
  if (numberingXml) out.file('word/numbering.xml', numbering.into(numberingXml));
  const pngs = svgsToPng(doc.charts, options.resourcesDir);
  const rels: string[] = [];
  doc.charts.forEach((chart, i) => {
    out.file(`word/media/udchart${i + 1}.svg`, chart.svg);
    out.file(`word/media/udchart${i + 1}.png`, pngs[i]!);
    rels.push(
      `<Relationship Id="rIdUdChartPng${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/udchart${i + 1}.png"/>`,
      `<Relationship Id="rIdUdChartSvg${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/udchart${i + 1}.svg"/>`,
    );
  });
  if (rels.length) addRelationships(out, rels);
  writeFileAtomic(file, out.generate({ type: 'uint8array', compression: 'DEFLATE' }));
  return { file };
}
