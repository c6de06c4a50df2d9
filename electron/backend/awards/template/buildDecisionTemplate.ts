/* Writes resources/templates/decision.docx: `npx tsx electron/backend/documents/writeDefaultTemplates.ts` */
import { officialDocxTemplate, TEXT_WIDTH } from '../../documents/officialDocx';
import { PAGE_BREAK, wordCell, wordLoop, wordParagraph, wordRow, wordRun, wordTable } from '../../documents/wordXml';

// TT | Họ và tên / Tập thể | Đơn vị | Thành tích | Số tiền: the text width.
const LIST_WIDTHS = [567, TEXT_WIDTH - 567 - 2200 - 2604 - 1300, 2200, 2604, 1300];
const small = (text: string, bold = false) => wordRun(text, { size: 12, bold });

const list = wordTable(LIST_WIDTHS, [
  wordRow(['TT', 'Họ và tên / Tập thể', 'Đơn vị', 'Thành tích', 'Số tiền (đồng)'].map((h, i) => wordCell(LIST_WIDTHS[i]!, wordParagraph(small(h, true), { align: 'center', after: 0 }))), { header: true }),
  wordRow(([['{#rows}{no}', 'center'], ['{name}', 'left'], ['{unit}', 'left'], ['{achievement}', 'both'], ['{amount}{/rows}', 'right']] as const)
    .map(([text, align], i) => wordCell(LIST_WIDTHS[i]!, wordParagraph(small(text), { align, after: 0 })))),
  wordRow([
    wordCell(LIST_WIDTHS[0]!, ''),
    wordCell(LIST_WIDTHS[1]!, wordParagraph(small('Tổng cộng', true), { after: 0 })),
    wordCell(LIST_WIDTHS[2]!, ''),
    wordCell(LIST_WIDTHS[3]!, ''),
    wordCell(LIST_WIDTHS[4]!, wordParagraph(small('{total}', true), { align: 'right', after: 0 })),
  ]),
], { borders: 'all', cellMargin: 80 });

/** The default decision template (docxtemplater tags of shared/awards/decisionText.ts) as .docx bytes. */
export function decisionTemplateBytes(): Buffer {
  return officialDocxTemplate({
    title: 'Quyết định khen thưởng',
    body: { size: 14, after: 60, line: 264 },
    main: [
      wordParagraph(wordRun('QUYẾT ĐỊNH', { bold: true }), { align: 'center', before: 240, after: 0 }),
      wordParagraph(wordRun('{subject}', { bold: true }), { align: 'center', after: 240 }),
      wordParagraph(wordRun('{issuerLine}', { bold: true }), { align: 'center', after: 120 }),
      wordLoop('bases', wordRun('{.}', { italic: true }), { align: 'both', indent: true }),
      wordParagraph(wordRun('QUYẾT ĐỊNH:', { bold: true }), { align: 'center', before: 120, after: 120 }),
      // "Điều 1." in bold, the rest of the article plain.
      wordLoop('articles', wordRun('{head}', { bold: true }) + wordRun('{body}'), { align: 'both', indent: true }),
    ].join(''),
    after: [
      PAGE_BREAK,
      wordParagraph(wordRun('{listTitle}', { bold: true }), { align: 'center', after: 0 }),
      wordParagraph(wordRun('{listSubtitle}', { italic: true }), { align: 'center', after: 200 }),
      list,
      wordParagraph(wordRun('Bằng chữ: ', { bold: true }) + wordRun('{totalInWords}', { italic: true }), { before: 120 }),
    ].join(''),
  });
}
