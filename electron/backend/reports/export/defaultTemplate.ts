import { officialDocxTemplate } from '../../documents/officialDocx';
import { wordParagraph, wordRun } from '../../documents/wordXml';

/*
 * The default Word template of the year-end report (resources/templates/report.docx is this, written by
 * `npx tsx electron/backend/documents/writeDefaultTemplates.ts`). docxtemplater fills the {tags};
 * {@body} and {@appendix} take whole paragraphs of WordprocessingML.
 */

const STYLES = [
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="80"/><w:ind w:firstLine="567"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="80" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:i/></w:rPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:jc w:val="both"/></w:pPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:i/><w:sz w:val="24"/></w:rPr></w:style>',
  '<w:style w:type="table" w:styleId="ReportTable"><w:name w:val="Report Table"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="24"/></w:rPr></w:style>',
].join('');

const tight = { after: 0 } as const;

/** The default template as .docx bytes. */
export function buildDefaultReportTemplate(): Buffer {
  return officialDocxTemplate({
    title: 'Báo cáo tổng kết',
    body: { size: 13, after: 120, line: 276 },
    styles: STYLES,
    main: [
      wordParagraph('', tight),
      wordParagraph(wordRun('{#draft}'), tight),
      wordParagraph(wordRun('(Dự thảo)', { italic: true, size: 11 }), { ...tight, align: 'center' }),
      wordParagraph(wordRun('{/draft}'), tight),
      wordParagraph(wordRun('{reportKind}', { bold: true, size: 14 }), { before: 240, after: 0, align: 'center' }),
      wordParagraph(wordRun('{subject}', { bold: true, size: 14 }), { before: 0, after: 240, align: 'center' }),
      wordParagraph(wordRun('{@body}')),
    ].join(''),
    after: wordParagraph(wordRun('{@appendix}')),
  });
}
