import { OFFICIAL_PAGE, officialPageRule, SCREEN_PAGE_PADDING } from '../domain/documents/officialPage';

/**
 * The print layout of the year-end report (Nghị định 30/2020/NĐ-CP, Quyết định 933/QĐ-TLĐ): A4,
 * margins and page numbers from shared/domain/documents/officialPage.ts, Tinos (Times metrics) 13 pt, page numbers from page 2 at the top centre,
 * table header rows repeated and rows never split. The statistics appendix (nine columns of long
 * numbers) goes on landscape A4 pages with the same margins and page numbers, like the Word export.
 * Used by every output (print route, Electron's print, the CLI's PDF).
 */
export const REPORT_PRINT_CSS = `
${officialPageRule('', 'portrait')}
${officialPageRule('appendix-landscape', 'landscape')}
.report-doc { font-family: Tinos, 'Times New Roman', serif; font-size: 13pt; line-height: 1.3; color: #000; background: #fff; }
.report-doc * { box-sizing: border-box; }
.report-doc p { margin: 0 0 6pt; text-align: justify; text-indent: 10mm; }
.report-doc li p, .report-doc td p, .report-doc th p { text-indent: 0; margin: 0; }
.report-doc ul, .report-doc ol { margin: 0 0 6pt; padding-left: 16mm; }
.report-doc h2.part { font-size: 13pt; font-weight: bold; margin: 10pt 0 6pt; break-after: avoid; }
.report-doc h3.area { font-size: 13pt; font-weight: bold; margin: 8pt 0 4pt; text-indent: 10mm; break-after: avoid; }
.report-doc .rich h2, .report-doc .rich h3, .report-doc .rich h4 { font-size: 13pt; font-weight: bold; font-style: italic; margin: 6pt 0 4pt; break-after: avoid; }
.report-doc table.nd30 { width: 100%; border-collapse: collapse; margin-bottom: 14pt; }
.report-doc table.nd30 td { vertical-align: top; text-align: center; padding: 0; }
.report-doc table.nd30 td.issuer { width: 40%; font-size: ${OFFICIAL_PAGE.pt.upperBody}pt; padding-right: 4mm; }
.report-doc table.nd30 td.nation { width: 60%; }
.report-doc .upper { text-transform: uppercase; }
.report-doc .bold { font-weight: bold; }
.report-doc .rule { width: 30%; margin: 1pt auto 4pt; border-top: 0.75pt solid #000; }
.report-doc .motto { font-weight: bold; font-size: 13pt; display: inline-block; border-bottom: 0.75pt solid #000; padding-bottom: 1pt; }
.report-doc .nation-name { font-weight: bold; font-size: 12pt; white-space: nowrap; }
.report-doc .dateline { font-style: italic; margin-top: 8pt; font-size: 13pt; }
.report-doc .number { margin-top: 4pt; }
.report-doc .report-kind { text-align: center; font-size: 14pt; font-weight: bold; margin: 10pt 0 0; }
.report-doc h1.report-title { text-align: center; font-size: 14pt; font-weight: bold; margin: 0 0 12pt; line-height: 1.25; }
.report-doc .appendix-reference { text-align: center; text-indent: 0; font-style: italic; margin: 0 0 6pt; }
.report-doc table.stats, .report-doc .rich table { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt; font-size: 12pt; line-height: 1.2; }
.report-doc table.stats th, .report-doc table.stats td, .report-doc .rich td, .report-doc .rich th { border: 0.75pt solid #000; padding: 2pt 3pt; vertical-align: top; }
.report-doc table.stats th, .report-doc .rich th { font-weight: bold; text-align: center; }
.report-doc table.stats thead, .report-doc .rich thead { display: table-header-group; }
.report-doc table.stats tr, .report-doc .rich tr { break-inside: avoid; page-break-inside: avoid; }
.report-doc table.stats { table-layout: fixed; font-size: 11pt; }
.report-doc table.stats th, .report-doc table.stats td { padding: 2pt 2.85pt; overflow-wrap: break-word; }
.report-doc table.stats td.num { text-align: right; white-space: nowrap; }
.report-doc table.stats td.num.marked { white-space: normal; }
.report-doc table.stats td.num .n, .report-doc table.stats td.num .mark { white-space: nowrap; }
.report-doc table.stats td.tt { text-align: center; }
.report-doc table.stats tr.group td { font-weight: bold; }
.report-doc .mark { font-size: 9pt; vertical-align: super; }
.report-doc .footnotes { font-size: 11pt; margin: 2pt 0 10pt; }
.report-doc .footnotes p { text-indent: 0; margin: 0 0 2pt; }
.report-doc table.sign { width: 100%; border-collapse: collapse; margin-top: 14pt; break-inside: avoid; page-break-inside: avoid; }
.report-doc table.sign td { vertical-align: top; padding: 0; }
.report-doc td.recipients { width: 50%; font-size: 12pt; }
.report-doc td.recipients .label { font-weight: bold; font-style: italic; }
.report-doc td.recipients div { font-size: 11pt; }
.report-doc td.signer { width: 50%; text-align: center; font-weight: bold; }
.report-doc td.signer .space { height: 26mm; }
.report-doc .appendix { page: appendix-landscape; break-before: page; }
.report-doc .appendix h2 { text-align: center; font-size: 14pt; font-weight: bold; margin: 0 0 8pt; }
.report-doc .appendix h3 { font-size: 13pt; font-weight: bold; margin: 8pt 0 4pt; break-after: avoid; }
.report-doc figure.chart { margin: 6pt 0 10pt; text-align: center; break-inside: avoid; }
.report-doc figure.chart figcaption { font-style: italic; font-size: 12pt; }
.report-doc figure.chart svg { max-width: 100%; height: auto; }
.report-doc .draft-mark { text-align: center; font-style: italic; font-size: 11pt; color: #555; margin-bottom: 4pt; }
@media screen {
  .report-doc { background: transparent; }
  .report-doc > .report-main, .report-doc > .appendix { background: #fff; margin: 12px auto; padding: ${SCREEN_PAGE_PADDING}; box-shadow: 0 0 4px rgba(0,0,0,.3); }
  .report-doc > .report-main { width: 210mm; min-height: 297mm; }
  .report-doc > .appendix { width: 297mm; min-height: 210mm; }
}
`;
