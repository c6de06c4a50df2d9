import { wordRun } from '../../documents';
import { wordPage } from '../../../../shared/domain/documents/officialPage';
import { parseRichText, type RichElement, type RichNode } from '../../../../shared/reports/richText';

/** Rich text and tables as WordprocessingML (paragraphs, runs, numbered lists, real tables). */


interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  /** Half-points, as Word's w:sz. */
  size?: number;
}

export function textRun(text: string, style: RunStyle = {}): string {
  return wordRun(text, { bold: style.bold, italic: style.italic, size: style.size ? style.size / 2 : undefined });
}

export function paragraph(runs: string, props = ''): string {
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;
}

/** Lists: every list gets its own w:num so that numbering restarts; collected for numbering.xml. */
export class Numbering {
  readonly nums: { id: number; ordered: boolean }[] = [];
  next(ordered: boolean): number {
    const id = 9001 + this.nums.length;
    this.nums.push({ id, ordered });
    return id;
  }
  static readonly BULLET_ABSTRACT = 9001;
  static readonly DECIMAL_ABSTRACT = 9002;

  abstractXml(): string {
    const levels = (ordered: boolean) =>
      Array.from({ length: 4 }, (_, lvl) => {
        const indent = 567 * (lvl + 1) + 284;
        return ordered
          ? `<w:lvl w:ilvl="${lvl}"><w:start w:val="1"/><w:numFmt w:val="${lvl === 1 ? 'lowerLetter' : 'decimal'}"/><w:lvlText w:val="%${lvl + 1}${lvl === 1 ? ')' : '.'}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${indent}" w:hanging="284"/></w:pPr></w:lvl>`
          : `<w:lvl w:ilvl="${lvl}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${lvl === 0 ? '-' : '+'}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${indent}" w:hanging="284"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:lvl>`;
      }).join('');
    return `<w:abstractNum w:abstractNumId="${Numbering.BULLET_ABSTRACT}"><w:multiLevelType w:val="hybridMultilevel"/>${levels(false)}</w:abstractNum><w:abstractNum w:abstractNumId="${Numbering.DECIMAL_ABSTRACT}"><w:multiLevelType w:val="hybridMultilevel"/>${levels(true)}</w:abstractNum>`;
  }
  numsXml(): string {
    return this.nums
      .map((n) => `<w:num w:numId="${n.id}"><w:abstractNumId w:val="${n.ordered ? Numbering.DECIMAL_ABSTRACT : Numbering.BULLET_ABSTRACT}"/>${n.ordered ? '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' : ''}</w:num>`)
      .join('');
  }
  /** Adds the lists' definitions to a numbering part (abstract definitions must come before the nums). */
  into(numberingXml: string): string {
    const open = /<w:numbering\b[^>]*>/.exec(numberingXml);
    if (!open) return numberingXml;
    const selfClosed = open[0].endsWith('/>');
    const head = selfClosed ? open[0].replace(/\/>$/, '>') : open[0];
    const rest = selfClosed ? '</w:numbering>' : numberingXml.slice(open.index + open[0].length);
    const firstNum = rest.search(/<w:num\b/);
    const body = firstNum >= 0 ? rest.slice(0, firstNum) + this.abstractXml() + rest.slice(firstNum) : this.abstractXml() + rest;
    const all = numberingXml.slice(0, open.index) + head + body;
    return all.replace(/<\/w:numbering>\s*$/, `${this.numsXml()}</w:numbering>`);
  }
}

function runsOf(nodes: RichNode[], style: RunStyle = {}): string {
  return nodes
    .map((n) => {
      if ('text' in n) return textRun(n.text, style);
      if (n.tag === 'br') return '<w:r><w:br/></w:r>';
      if (n.tag === 'strong') return runsOf(n.children, { ...style, bold: true });
      if (n.tag === 'em') return runsOf(n.children, { ...style, italic: true });
      return runsOf(n.children, style);
    })
    .join('');
}

const BODY = '<w:spacing w:after="120"/><w:ind w:firstLine="567"/><w:jc w:val="both"/>';

function listXml(list: RichElement, numbering: Numbering, level: number, numId = numbering.next(list.tag === 'ol')): string {
  return list.children
    .map((item) => {
      if ('text' in item || item.tag !== 'li') return '';
      const inline = item.children.filter((c) => 'text' in c || c.tag === 'strong' || c.tag === 'em' || c.tag === 'br');
      const paragraphs = item.children.filter((c): c is RichElement => !('text' in c) && (c.tag === 'p' || c.tag === 'h2' || c.tag === 'h3' || c.tag === 'h4'));
      const nested = item.children.filter((c): c is RichElement => !('text' in c) && (c.tag === 'ul' || c.tag === 'ol'));
      const first = inline.length > 0 ? runsOf(inline) : runsOf(paragraphs.shift()?.children ?? []);
      const props = `<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${Math.min(level, 3)}"/><w:numId w:val="${numId}"/></w:numPr>`;
      return (
        paragraph(first, props) +
        paragraphs.map((p) => paragraph(runsOf(p.children), `<w:pStyle w:val="ListParagraph"/><w:ind w:left="${567 * (level + 1) + 284}"/>`)).join('') +
        nested.map((n) => listXml(n, numbering, level + 1)).join('')
      );
    })
    .join('');
}

const CELL_BORDERS = '';

export interface TableCell {
  content: string;
  span?: number;
  header?: boolean;
  align?: 'left' | 'center' | 'right';
}

/** A real Word table: header rows repeat on every page, no row splits across pages. */
export function tableXml(rows: { cells: TableCell[]; header?: boolean; bold?: boolean }[], widths: number[], options: { size?: number } = {}): string {
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const total = widths.reduce((a, b) => a + b, 0);
  const body = rows
    .map((row) => {
      let col = 0;
      const cells = row.cells
        .map((cell) => {
          const span = cell.span ?? 1;
          const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0) || Math.round(total / widths.length);
          col += span;
          const jc = cell.align ?? (row.header ? 'center' : 'left');
          const runs = cell.content.startsWith('<w:p') ? cell.content : paragraph(textRun(cell.content, { bold: row.header || row.bold || cell.header, size: options.size }), `<w:spacing w:after="0"/><w:jc w:val="${jc}"/>`);
          return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${CELL_BORDERS}${row.header ? '<w:vAlign w:val="center"/>' : ''}</w:tcPr>${runs}</w:tc>`;
        })
        .join('');
      return `<w:tr><w:trPr><w:cantSplit/>${row.header ? '<w:tblHeader/>' : ''}</w:trPr>${cells}</w:tr>`;
    })
    .join('');
  return `<w:tbl><w:tblPr><w:tblStyle w:val="ReportTable"/><w:tblW w:w="${total}" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>${paragraph('', '<w:spacing w:after="60"/>')}`;
}

const TEXT_WIDTH = wordPage('portrait').textWidth;

function richTableXml(table: RichElement): string {
  const rows: { cells: TableCell[]; header?: boolean }[] = [];
  const collect = (node: RichElement, inHead: boolean) => {
    for (const child of node.children) {
      if ('text' in child) continue;
      if (child.tag === 'thead') collect(child, true);
      else if (child.tag === 'tbody') collect(child, false);
      else if (child.tag === 'tr') {
        const cells = child.children.filter((c): c is RichElement => !('text' in c) && (c.tag === 'td' || c.tag === 'th'));
        const header = inHead || (cells.length > 0 && cells.every((c) => c.tag === 'th'));
        rows.push({
          header,
          cells: cells.map((c) => {
            const blocks = c.children.some((n) => !('text' in n) && n.tag === 'p');
            const content = blocks
              ? c.children.map((n) => ('text' in n ? paragraph(textRun(n.text)) : paragraph(runsOf(n.tag === 'p' ? n.children : [n], { bold: c.tag === 'th' }), '<w:spacing w:after="0"/>'))).join('')
              : paragraph(runsOf(c.children, { bold: c.tag === 'th' }), '<w:spacing w:after="0"/>');
            return { content, span: c.attrs.colspan };
          }),
        });
      }
    }
  };
  collect(table, false);
  const columns = Math.max(1, ...rows.map((r) => r.cells.reduce((n, c) => n + (c.span ?? 1), 0)));
  return rows.length ? tableXml(rows, Array.from({ length: columns }, () => Math.floor(TEXT_WIDTH / columns))) : '';
}

/** Sanitised HTML of a section as Word paragraphs, lists and tables. */
export function richTextXml(html: string, numbering: Numbering): string {
  return parseRichText(html)
    .map((node) => {
      if ('text' in node) return paragraph(textRun(node.text), BODY);
      switch (node.tag) {
        case 'p':
          return paragraph(runsOf(node.children), BODY);
        case 'h2':
        case 'h3':
        case 'h4':
          return paragraph(runsOf(node.children, { bold: true, italic: true }), '<w:pStyle w:val="Heading3"/><w:ind w:firstLine="567"/>');
        case 'ul':
        case 'ol':
          return listXml(node, numbering, 0);
        case 'table':
          return richTableXml(node);
        case 'strong':
        case 'em':
        case 'br':
        case 'li':
        case 'thead':
        case 'tbody':
        case 'tr':
        case 'th':
        case 'td':
          return paragraph(runsOf([node]), BODY);
      }
    })
    .join('');
}

export { TEXT_WIDTH };
