import { escapeXmlText } from '../../../shared/domain/text/xmlText';
import { halfPoints } from '../../../shared/domain/documents/officialPage';

/** WordprocessingML pieces every Word document of the app is written with (templates and generated content). */

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  caps?: boolean;
  underline?: boolean;
  /** Points. */
  size?: number;
}

export function wordRun(text: string, style: RunStyle = {}): string {
  const size = style.size ? halfPoints(style.size) : 0;
  const props = [
    style.bold ? '<w:b/>' : '',
    style.italic ? '<w:i/>' : '',
    style.caps ? '<w:caps/>' : '',
    style.underline ? '<w:u w:val="single"/>' : '',
    size ? `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>` : '',
  ].join('');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXmlText(text)}</w:t></w:r>`;
}

export interface ParagraphStyle {
  align?: 'left' | 'center' | 'right' | 'both';
  /** Spacing in twips. */
  before?: number;
  after?: number;
  /** Line spacing in 240ths of a line. */
  line?: number;
  /** First-line indent of 1 cm. */
  indent?: boolean;
  keepNext?: boolean;
  /** A paragraph style id (Heading1, Caption …). */
  style?: string;
}

export function wordParagraph(runs: string, style: ParagraphStyle = {}): string {
  const spacing = style.before !== undefined || style.after !== undefined || style.line !== undefined
    ? `<w:spacing${style.before !== undefined ? ` w:before="${style.before}"` : ''}${style.after !== undefined ? ` w:after="${style.after}"` : ''}${style.line !== undefined ? ` w:line="${style.line}" w:lineRule="auto"` : ''}/>`
    : '';
  const props = [
    style.style ? `<w:pStyle w:val="${style.style}"/>` : '',
    style.keepNext ? '<w:keepNext/>' : '',
    spacing,
    style.indent ? '<w:ind w:firstLine="567"/>' : '',
    style.align ? `<w:jc w:val="${style.align}"/>` : '',
  ].join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;
}

/** One paragraph per item of a docxtemplater loop: with paragraphLoop, the paragraphs holding only {#name} and {/name} disappear. */
export function wordLoop(name: string, runs: string, style: ParagraphStyle = {}): string {
  return wordParagraph(wordRun(`{#${name}}`)) + wordParagraph(runs, style) + wordParagraph(wordRun(`{/${name}}`));
}

export const PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

export function wordCell(width: number, content: string): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/><w:vAlign w:val="top"/></w:tcPr>${content || '<w:p/>'}</w:tc>`;
}

/** A row kept whole on one page; a header row repeats on every page. */
export function wordRow(cells: string[], options: { header?: boolean } = {}): string {
  return `<w:tr><w:trPr>${options.header ? '<w:tblHeader/>' : ''}<w:cantSplit/></w:trPr>${cells.join('')}</w:tr>`;
}

const SIDES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];
const BORDERS = {
  none: `<w:tblBorders>${SIDES.map((s) => `<w:${s} w:val="nil"/>`).join('')}</w:tblBorders>`,
  all: `<w:tblBorders>${SIDES.map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('')}</w:tblBorders>`,
};

/** A table with fixed column widths (twips) that add up to the text width. */
export function wordTable(widths: readonly number[], rows: string[], options: { borders: keyof typeof BORDERS; cellMargin?: number }): string {
  const margin = options.cellMargin ?? 60;
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/>${BORDERS[options.borders]}<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="${margin}" w:type="dxa"/><w:right w:w="${margin}" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
}
