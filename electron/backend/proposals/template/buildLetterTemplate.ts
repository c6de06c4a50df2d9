/* Writes resources/templates/proposal-letter.docx, the default cover letter (tờ trình) template:
   `npx tsx electron/backend/documents/writeDefaultTemplates.ts` */
import { officialDocxTemplate, TEXT_WIDTH } from '../../documents/officialDocx';
import { PAGE_BREAK, type ParagraphStyle, wordCell, wordParagraph, wordRow, wordRun, wordTable } from '../../documents/wordXml';

// TT | name | post and unit | achievement | form ("Bằng khen của Liên đoàn Lao động thành phố" in two lines) | note: the text width.
const widths = [500, 2000, 2100, TEXT_WIDTH - 500 - 2000 - 2100 - 1600 - 700, 1600, 700] as const;
const cell = (i: number, text: string, align: ParagraphStyle['align'] = 'left', bold = false) => wordCell(widths[i]!, wordParagraph(wordRun(text, { size: 12, bold }), { align }));
const heads = ['TT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị', 'Thành tích', 'Hình thức đề nghị', 'Ghi chú'];

const list = [
  wordParagraph(wordRun('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', { bold: true }), { align: 'center' }),
  wordParagraph(wordRun('{listSubtitle}', { italic: true }), { align: 'center', after: 240 }),
  wordTable(widths, [
    wordRow(heads.map((h, i) => cell(i, h, 'center', true)), { header: true }),
    // "I. TẬP THỂ", "II. CÁ NHÂN" in bold, then the rows of each.
    wordRow([cell(0, '{#rows}{#section}{tt}', 'center', true), cell(1, '{name}', 'left', true), cell(2, ''), cell(3, ''), cell(4, ''), cell(5, '{/section}')]),
    wordRow([cell(0, '{^section}{tt}', 'center'), cell(1, '{name}'), cell(2, '{unit}'), cell(3, '{achievement}'), cell(4, '{form}'), cell(5, '{note}{/section}{/rows}')]),
  ], { borders: 'all' }),
].join('');

/** The default cover letter template (tags of shared/proposals/letterText.ts) as .docx bytes. */
export function letterTemplateBytes(): Buffer {
  return officialDocxTemplate({
    title: 'Tờ trình đề nghị khen thưởng',
    body: { size: 14, after: 0, line: 264 },
    main: [
      wordParagraph(wordRun('TỜ TRÌNH', { bold: true }), { align: 'center', before: 360 }),
      wordParagraph(wordRun('{title}', { bold: true }), { align: 'center', after: 240 }),
      wordParagraph(wordRun('Kính gửi: ') + wordRun('{addressee}'), { align: 'center', after: 240 }),
      wordParagraph(wordRun('{#paragraphs}'), { align: 'both' }),
      wordParagraph(wordRun('{text}'), { align: 'both', indent: true, after: 120, line: 312 }),
      wordParagraph(wordRun('{/paragraphs}'), { align: 'both' }),
    ].join(''),
    after: PAGE_BREAK + list,
  });
}
