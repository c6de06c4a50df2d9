/**
 * The rich text of a report section, as an allow-listed tree: headings, paragraphs, bold, italic,
 * bullet and numbered lists, tables. Everything else (Word's spans, styles, classes, comments,
 * conditional blocks, images, links, scripts) is dropped; unknown tags keep their text.
 * Pure string code: runs the same in the renderer and the backend.
 */
export type BlockTag = 'p' | 'h2' | 'h3' | 'h4' | 'ul' | 'ol' | 'li' | 'table' | 'thead' | 'tbody' | 'tr' | 'th' | 'td';
export type InlineTag = 'strong' | 'em' | 'br';
export type RichTag = BlockTag | InlineTag;

export interface RichElement {
  tag: RichTag;
  attrs: { colspan?: number; rowspan?: number };
  children: RichNode[];
}
export type RichNode = RichElement | { text: string };

const ALIASES: Record<string, RichTag> = {
  p: 'p', div: 'p', h1: 'h2', h2: 'h2', h3: 'h3', h4: 'h4', h5: 'h4', h6: 'h4',
  strong: 'strong', b: 'strong', em: 'em', i: 'em', br: 'br',
  ul: 'ul', ol: 'ol', li: 'li', table: 'table', thead: 'thead', tbody: 'tbody', tfoot: 'tbody', tr: 'tr', th: 'th', td: 'td',
};
/** Dropped together with everything inside them. */
const DROP_WITH_CONTENT = new Set(['script', 'style', 'head', 'title', 'xml', 'template', 'iframe', 'object', 'embed', 'noscript', 'svg', 'math', 'select', 'textarea', 'button']);
const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'col', 'wbr', 'area', 'base', 'source']);

const NAMED: Record<string, string> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', bull: '•', middot: '·' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>?|<\?[\s\S]*?(?:\?>|$)|<\/?([a-zA-Z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</;

function spanAttr(attrs: string, name: string): number | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attrs);
  const n = match ? Number(match[1]) : NaN;
  return Number.isInteger(n) && n > 1 && n <= 100 ? n : undefined;
}

/** Which open element a new one may not sit inside (closing it implicitly, as HTML does). */
function closesOpen(tag: RichTag, open: RichTag): boolean {
  if (tag === 'li') return open === 'li' || open === 'p';
  if (tag === 'tr') return open === 'tr' || open === 'td' || open === 'th' || open === 'p';
  if (tag === 'td' || tag === 'th') return open === 'td' || open === 'th' || open === 'p';
  if (tag === 'p' || tag === 'h2' || tag === 'h3' || tag === 'h4' || tag === 'ul' || tag === 'ol' || tag === 'table') {
    return open === 'p' || open === 'h2' || open === 'h3' || open === 'h4' || open === 'strong' || open === 'em';
  }
  return false;
}

export function parseRichText(html: string): RichNode[] {
  const root: RichElement = { tag: 'p', attrs: {}, children: [] };
  const stack: RichElement[] = [root];
  let dropping: string | null = null;
  let dropDepth = 0;
  const top = () => stack[stack.length - 1] ?? root;

  for (const match of html.normalize('NFC').matchAll(new RegExp(TOKEN, 'g'))) {
    const token = match[0];
    const rawName = match[1]?.toLowerCase();
    if (rawName === undefined) {
      if (dropping !== null || token.startsWith('<!') || token.startsWith('<?')) continue;
      const text = decodeEntities(token === '<' ? '<' : token).replace(/[\r\n\t ]+/g, ' ');
      if (text !== '') top().children.push({ text });
      continue;
    }
    const closing = token.startsWith('</');
    const name = rawName.includes(':') ? rawName.split(':')[1] ?? rawName : rawName;
    if (dropping !== null) {
      if (name === dropping) dropDepth += closing ? -1 : token.endsWith('/>') ? 0 : 1;
      if (dropDepth <= 0) dropping = null;
      continue;
    }
    if (rawName.includes(':')) continue; // <o:p>, <v:shape>: Word's own markup
    if (DROP_WITH_CONTENT.has(name)) {
      if (!closing && !token.endsWith('/>')) {
        dropping = name;
        dropDepth = 1;
      }
      continue;
    }
    const tag = ALIASES[name];
    if (tag === undefined) continue;
    if (closing) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    if (tag === 'br' || VOID.has(name)) {
      if (tag === 'br') top().children.push({ tag: 'br', attrs: {}, children: [] });
      continue;
    }
    while (stack.length > 1 && closesOpen(tag, top().tag)) stack.pop();
    const element: RichElement = { tag, attrs: {}, children: [] };
    if (tag === 'td' || tag === 'th') {
      const colspan = spanAttr(match[2] ?? '', 'colspan');
      const rowspan = spanAttr(match[2] ?? '', 'rowspan');
      if (colspan) element.attrs.colspan = colspan;
      if (rowspan) element.attrs.rowspan = rowspan;
    }
    top().children.push(element);
    stack.push(element);
  }
  return tidy(root.children, true);
}

const INLINE = new Set<RichTag>(['strong', 'em', 'br']);
const isInline = (node: RichNode) => 'text' in node || INLINE.has(node.tag);

/** Drops empty formatting and wraps stray top-level text in paragraphs. */
function tidy(nodes: RichNode[], topLevel: boolean): RichNode[] {
  const out: RichNode[] = [];
  let loose: RichNode[] = [];
  const flush = () => {
    if (loose.some((n) => !('text' in n) || n.text.trim() !== '')) out.push({ tag: 'p', attrs: {}, children: loose });
    loose = [];
  };
  for (const node of nodes) {
    if ('text' in node) {
      if (topLevel) loose.push(node);
      else out.push(node);
      continue;
    }
    node.children = tidy(node.children, false);
    if ((node.tag === 'strong' || node.tag === 'em') && node.children.length === 0) continue;
    if ((node.tag === 'ul' || node.tag === 'ol') && node.children.length === 0) continue;
    if (topLevel && isInline(node)) {
      loose.push(node);
      continue;
    }
    if (topLevel) flush();
    out.push(node);
  }
  if (topLevel) flush();
  return out;
}

export function serializeRichText(nodes: RichNode[]): string {
  return nodes
    .map((node) => {
      if ('text' in node) return escapeHtml(node.text);
      if (node.tag === 'br') return '<br>';
      const attrs = `${node.attrs.colspan ? ` colspan="${node.attrs.colspan}"` : ''}${node.attrs.rowspan ? ` rowspan="${node.attrs.rowspan}"` : ''}`;
      return `<${node.tag}${attrs}>${serializeRichText(node.children)}</${node.tag}>`;
    })
    .join('');
}

/** Pasted or stored HTML reduced to the allow-list; what the backend stores and everything prints. */
export function sanitizeRichText(html: string): string {
  return serializeRichText(parseRichText(html));
}
