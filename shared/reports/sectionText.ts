import { formatNumber } from '../domain/format/number';
import type { ReportFigure, ReportSection } from './model';
import { escapeHtml, parseRichText, type RichNode } from './richText';
import { defaultReportSections } from './template';

/** The words of a section's rich text, spaces collapsed. */
export function plainText(html: string): string {
  const walk = (nodes: RichNode[]): string => nodes.map((n) => ('text' in n ? n.text : ` ${walk(n.children)} `)).join('');
  return walk(parseRichText(html)).replace(/\s+/g, ' ').trim();
}

/** The template's guidance of each section of a year's report. */
function hintsOf(year: number): Map<string, string> {
  return new Map(defaultReportSections(year).flatMap((s) => (s.hint ? [[s.key, s.hint] as const] : [])));
}

/**
 * The sections with the template's guidance as their hint, and a text that is only that guidance
 * (a draft made before hints were placeholders, or copied from last year's) taken as unwritten.
 */
export function withHints(sections: ReportSection[], year: number): ReportSection[] {
  const now = hintsOf(year);
  const before = hintsOf(year - 1);
  return sections.map((s) => {
    const hint = now.get(s.key);
    const text = plainText(s.html);
    const onlyHint = text === '' || text === hint || text === before.get(s.key);
    return { ...s, html: onlyHint ? '' : s.html, ...(hint ? { hint } : {}) };
  });
}

const written = (s: ReportSection) => plainText(s.html) !== '';

/**
 * What prints: a section with text, and a part ("II. …") with text or a written area under it.
 * An area nobody wrote prints nothing, not even its heading.
 */
export function printedSections(sections: ReportSection[]): ReportSection[] {
  return sections.filter((s, i) => {
    if (written(s)) return true;
    if (s.level === 2) return false;
    for (let j = i + 1; j < sections.length && sections[j]?.level === 2; j++) if (written(sections[j] as ReportSection)) return true;
    return false;
  });
}

/** The sections still to write (flagged before finalising): areas without text, parts without text or areas. */
export function unwrittenSections(sections: ReportSection[]): ReportSection[] {
  return sections.filter((s, i) => !written(s) && (s.level === 2 || sections[i + 1]?.level !== 2));
}

/** "{{members.total}}" in the narrative: a figure of the report, by code (Chèn số liệu). */
export const FIGURE_TOKEN = /\{\{\s*([\w.-]+)\s*\}\}/g;
export const figureToken = (code: string) => `{{${code}}}`;

/** The narrative with each figure token replaced by the report's value (1.234.567), "…" when it has none. */
export function resolveFigureTokens(html: string, figures: ReportFigure[]): string {
  const byCode = new Map(figures.map((f) => [f.code, f]));
  return html.replace(FIGURE_TOKEN, (token, code: string) => {
    const figure = byCode.get(code);
    if (!figure) return token;
    return escapeHtml(figure.value === null ? '…' : formatNumber(figure.value, 1));
  });
}

/** The sections as printed and exported: unwritten ones left out, figures filled in. */
export function printableSections(sections: ReportSection[], figures: ReportFigure[]): ReportSection[] {
  return printedSections(sections).map((s) => ({ ...s, html: resolveFigureTokens(s.html, figures) }));
}
