import { fingerprintLine } from '../upward/fingerprint';
import { formatDateVi } from '../domain/format/date';
import { formatDateLine } from '../domain/documents/dateLine';
import { wordPage } from '../domain/documents/officialPage';
import { formatNumber } from '../domain/format/number';
import { figureRemark, figureSections, ROMAN } from './figures';
import type { ReportDocument, ReportFigure } from './model';
import { REPORT_PRINT_CSS } from './printCss';
import { escapeHtml, sanitizeRichText } from './richText';
import { printableSections } from './sectionText';
import { APPENDIX_POINTER, appendixReference, appendixTitle, REPORT_KIND, reportSubject } from './titleBlock';

const e = escapeHtml;
const num = (n: number | null) => (n === null ? '' : formatNumber(n, 1));
const signed = (n: number | null) => (n === null ? '' : n > 0 ? `+${formatNumber(n, 1)}` : formatNumber(n, 1));

/** "Hà Nội, ngày 05 tháng 12 năm 2025", or the line with dots to fill in by hand when there is no date yet. */
export function reportDateLine(doc: ReportDocument): string {
  const place = doc.header.placeName;
  if (doc.header.issuedOn) return formatDateLine(place, doc.header.issuedOn);
  return `${place ? `${place}, ` : ''}ngày … tháng … năm ${doc.year}`;
}

export const numberLine = (doc: ReportDocument) => `Số: ${doc.header.number || '……/BC-' + (doc.office.shortName || '……')}`;

function header(doc: ReportDocument): string {
  return `<table class="nd30"><tr>
<td class="issuer"><div class="upper">${e(doc.office.upperName)}</div><div class="upper bold">${e(doc.office.name)}</div><div class="rule"></div><div class="number">${e(numberLine(doc))}</div></td>
<td class="nation"><div class="nation-name">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div><div class="motto">Độc lập - Tự do - Hạnh phúc</div><div class="dateline">${e(reportDateLine(doc))}</div></td>
</tr></table>`;
}

function sections(doc: ReportDocument): string {
  return printableSections(doc.sections, doc.figures)
    .map((s) => {
      const heading = s.level === 1 ? `<h2 class="part">${e(s.heading)}</h2>` : `<h3 class="area">${e(s.heading)}</h3>`;
      return `<section class="report-section" data-key="${e(s.key)}">${heading}<div class="rich">${sanitizeRichText(s.html)}</div></section>`;
    })
    .join('\n');
}

function signature(doc: ReportDocument): string {
  const recipients = doc.header.recipients.map((line) => `<div>${e(line)}</div>`).join('');
  return `<table class="sign"><tr>
<td class="recipients"><span class="label">Nơi nhận:</span>${recipients}</td>
<td class="signer"><div>${e(doc.header.signerBlock)}</div><div>${e(doc.header.signerTitle)}</div><div class="space"></div><div>${e(doc.header.signerName)}</div></td>
</tr></table>`;
}

/** Footnote number per overridden or typed figure, in table order. */
export function figureNotes(figures: ReportFigure[]): Map<string, number> {
  const notes = new Map<string, number>();
  for (const f of figures) if (f.source !== 'data') notes.set(f.code, notes.size + 1);
  return notes;
}

export function figureNoteText(f: ReportFigure): string {
  if (f.source === 'override') return `Số liệu điều chỉnh (số liệu tính từ cơ sở dữ liệu: ${num(f.computed)}). Lý do: ${f.reason}${f.note ? `. ${f.note}` : ''}`;
  return `Số liệu nhập tay${f.note ? `: ${f.note}` : ''}`;
}

export const STATS_COLUMNS = ['TT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Năm trước', 'Tăng, giảm', 'Chỉ tiêu', '% chỉ tiêu', 'Ghi chú'];

/**
 * Column widths of the statistics tables in twips, the same as the Word export's landscape appendix
 * (the official landscape page's text width, shared/domain/documents/officialPage.ts): TT, Nội dung, Đơn vị tính, four number
 * columns wide enough for "+232.818.000.000" at 11 pt, % chỉ tiêu, Ghi chú.
 */
export const STATS_COLUMN_TWIPS = [560, wordPage('landscape').textWidth - 560 - 1100 - 4 * 1760 - 1100 - 1200, 1100, 1760, 1760, 1760, 1760, 1100, 1200] as const;
const STATS_TOTAL_TWIPS = STATS_COLUMN_TWIPS.reduce((a, b) => a + b, 0);

const STATS_COLGROUP = `<colgroup>${STATS_COLUMN_TWIPS.map((w) => `<col style="width:${((w / STATS_TOTAL_TWIPS) * 100).toFixed(3)}%">`).join('')}</colgroup>`;

function statsTables(doc: ReportDocument): string {
  const notes = figureNotes(doc.figures);
  if (doc.figures.length === 0) return '<p>Chưa có số liệu thống kê.</p>';
  return figureSections(doc.figures)
    .map(({ title, figures }, i) => {
      const rows = figures
        .map((f, j) => {
          const note = notes.get(f.code);
          const mark = note ? `<span class="mark">(${note})</span>` : '';
          return `<tr data-code="${e(f.code)}"><td class="tt">${j + 1}</td><td>${e(f.label)}</td><td class="tt">${e(f.unit)}</td><td class="num${mark ? ' marked' : ''}"><span class="n">${num(f.value)}</span>${mark}</td><td class="num">${num(f.lastYear)}</td><td class="num">${signed(f.change)}</td><td class="num">${num(f.target)}</td><td class="num">${f.percentOfTarget === null ? '' : `${formatNumber(f.percentOfTarget, 1)}%`}</td><td class="note">${e(figureRemark(f))}</td></tr>`;
        })
        .join('');
      const footnotes = figures
        .filter((f) => notes.has(f.code))
        .map((f) => `<p>(${notes.get(f.code)}) ${e(f.label)}: ${e(figureNoteText(f))}</p>`)
        .join('');
      return `<h3>${ROMAN[i] ?? i + 1}. ${e(title)}</h3>
<table class="stats">${STATS_COLGROUP}<thead><tr>${STATS_COLUMNS.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>${footnotes ? `<div class="footnotes">${footnotes}</div>` : ''}`;
    })
    .join('\n');
}

function charts(doc: ReportDocument): string {
  return doc.charts.map((c) => `<figure class="chart">${c.svg}<figcaption>${e(c.title)}</figcaption></figure>`).join('\n');
}

/** Which cut-off the statistics use and how many award decisions of the year fall after it (they count next year). */
function cutoffNote(doc: ReportDocument): string {
  if (doc.decisionsAfterCutoff === undefined) return '';
  const cutoff = formatDateVi(doc.header.cutoffOn ?? `${doc.year}-11-30`);
  return `<p class="cutoff-note" style="text-indent:0">Số liệu khen thưởng tính theo ngày ký quyết định, ngày chốt ${cutoff}; ${formatNumber(doc.decisionsAfterCutoff)} quyết định khen thưởng ký trong năm ${doc.year} sau ngày chốt được tính vào kỳ năm ${doc.year + 1}.</p>`;
}

/** The body of the printed report (inside the print route or a standalone document). */
export function reportPrintBody(doc: ReportDocument): string {
  const draft = doc.version === null ? '<div class="draft-mark">(Dự thảo)</div>' : '';
  return `<article class="report-doc" lang="vi">
<div class="report-main">
${header(doc)}${draft}
<div class="report-kind">${REPORT_KIND}</div>
<h1 class="report-title">${e(reportSubject(doc.header.title))}</h1>
${sections(doc)}
<p class="appendix-pointer">${e(APPENDIX_POINTER)}</p>
${signature(doc)}
</div>
<section class="appendix"><h2>PHỤ LỤC</h2><h2>${e(appendixTitle(doc.year))}</h2>
<p class="appendix-reference">${e(appendixReference(doc))}</p>
${doc.header.cutoffOn ? `<p style="text-align:center;text-indent:0"><em>(Số liệu tính đến ngày ${formatDateVi(doc.header.cutoffOn)})</em></p>` : ''}
${cutoffNote(doc)}
${statsTables(doc)}
${charts(doc)}
${doc.signingKey ? `<p class="key-fingerprint" style="text-indent:0;font-size:10pt;font-style:italic">${e(fingerprintLine(doc.signingKey))}</p>` : ''}
</section>
</article>`;
}

/** A whole HTML document (for Chromium's PDF outside the renderer); `fontCss` embeds the fonts. */
export function reportPrintHtml(doc: ReportDocument, fontCss: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${e(doc.header.title)}</title><style>${fontCss}\n${REPORT_PRINT_CSS}</style></head><body style="margin:0">${reportPrintBody(doc)}</body></html>`;
}
