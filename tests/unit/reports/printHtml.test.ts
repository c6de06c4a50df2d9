import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../../shared/reports/model';
import { reportPrintBody, reportPrintHtml, STATS_COLUMN_TWIPS, STATS_COLUMNS } from '../../../shared/reports/printHtml';
import { REPORT_PRINT_CSS } from '../../../shared/reports/printCss';
import { defaultReportSections, defaultReportTitle } from '../../../shared/reports/template';

const fig = { section: 'members', unit: 'đoàn viên', lastYear: 900, target: 1200, change: 100, percentOfTarget: 83.3, note: '', reason: '' };
const doc: ReportDocument = {
  year: 2025,
  office: { upperName: 'Liên đoàn Lao động thành phố Hà Nội', name: 'Liên đoàn Lao động quận Đống Đa', shortName: 'LĐLĐ' },
  header: { title: defaultReportTitle(2025), number: '15/BC-LĐLĐ', issuedOn: '2025-12-05', placeName: 'Hà Nội', recipients: ['- LĐLĐ thành phố;', '- Lưu: VT.'], signerBlock: 'TM. BAN THƯỜNG VỤ', signerTitle: 'CHỦ TỊCH', signerName: 'Nguyễn Văn <An>', cutoffOn: '2025-11-30' },
  sections: defaultReportSections(2025).map((s) => (s.key === 'situation' ? { ...s, html: '<p onclick="x">Tình hình <b>tốt</b></p><script>alert(1)</script>' } : s)),
  figures: [
    { ...fig, code: 'members.total', label: 'Tổng số đoàn viên', value: 1000, computed: 980, source: 'override', reason: 'Theo sổ LĐLĐ' },
    { ...fig, code: 'members.admitted', label: 'Kết nạp mới', value: 120, computed: 120, source: 'data' },
  ],
  charts: [],
  version: 1,
  finalizedAt: '2025-12-05T08:00:00.000Z',
};

describe('the report print layout (one for every output)', () => {
  it('has the Nghị định 30 header, the date line, the title and the signature block', () => {
    const html = reportPrintBody(doc);
    expect(html).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(html).toContain('<div class="motto">Độc lập - Tự do - Hạnh phúc</div>');
    expect(html).toContain('Số: 15/BC-LĐLĐ');
    expect(html).toContain('<div class="dateline">Hà Nội, ngày 05 tháng 12 năm 2025</div>');
    expect(html).toContain('<div class="report-kind">BÁO CÁO</div>\n<h1 class="report-title">Tổng kết phong trào CNVCLĐ');
    expect(html).toContain('Nguyễn Văn &lt;An&gt;');
    expect(html).toContain('<div>- Lưu: VT.</div>');
    expect(html).not.toContain('(Dự thảo)');
  });

  it('sanitises the narrative and marks an overridden figure with a footnote giving the reason', () => {
    const html = reportPrintBody(doc);
    expect(html).toContain('<p>Tình hình <strong>tốt</strong></p>');
    expect(html).not.toMatch(/script|onclick/);
    expect(html).toMatch(/<td class="num marked"><span class="n">1\.000<\/span><span class="mark">\(1\)<\/span><\/td>/);
    expect(html).toContain('(1) Tổng số đoàn viên: Số liệu điều chỉnh (số liệu tính từ cơ sở dữ liệu: 980). Lý do: Theo sổ LĐLĐ');
    expect(html).toContain('83,3%');
    expect(html).toContain('+100');
  });

  it('numbers pages from page 2 at the top centre, A4, repeated table headers, rows kept whole', () => {
    expect(REPORT_PRINT_CSS).toMatch(/@page \{ size: A4 portrait; margin: 20mm 15mm 20mm 30mm;\s*@top-center \{ content: counter\(page\)/);
    expect(REPORT_PRINT_CSS).toContain('@page :first { @top-center { content: none; } }');
    expect(REPORT_PRINT_CSS).toContain('thead { display: table-header-group; }');
    expect(REPORT_PRINT_CSS).toMatch(/tr \{ break-inside: avoid/);
    const full = reportPrintHtml({ ...doc, version: null }, '@font-face{}');
    expect(full.startsWith('<!doctype html><html lang="vi">')).toBe(true);
    expect(full).toContain('(Dự thảo)');
  });

  it('puts the statistics appendix on landscape A4 pages, same margins, page numbers running on at the top centre', () => {
    expect(REPORT_PRINT_CSS).toMatch(/@page appendix-landscape \{ size: A4 landscape; margin: 20mm 15mm 20mm 30mm;\s*@top-center \{ content: counter\(page\)/);
    expect(REPORT_PRINT_CSS).toContain('.report-doc .appendix { page: appendix-landscape; break-before: page; }');
    expect(REPORT_PRINT_CSS).toContain('.report-doc table.stats { table-layout: fixed; font-size: 11pt; }');
    expect(REPORT_PRINT_CSS).toMatch(/td\.num \{ text-align: right; white-space: nowrap; \}/);
    expect(REPORT_PRINT_CSS).toMatch(/td\.num \.n, \.report-doc table\.stats td\.num \.mark \{ white-space: nowrap; \}/);
  });

  it('sizes the nine columns in the Word export’s proportions and keeps a long number in one cell', () => {
    const html = reportPrintBody({ ...doc, figures: [{ ...doc.figures[1]!, value: 232_818_000_000, lastYear: 183_437_000_000, change: 49_381_000_000, target: 12_750_000_000, percentOfTarget: 1825.8 }] });
    const widths = [...html.matchAll(/<col style="width:([\d.]+)%">/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(9);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 1);
    expect(widths.map((w) => Math.round((w / 100) * STATS_COLUMN_TWIPS.reduce((a, b) => a + b, 0)))).toEqual([...STATS_COLUMN_TWIPS]);
    expect(STATS_COLUMNS).toHaveLength(9);
    expect(html).toContain('<td class="num"><span class="n">232.818.000.000</span></td><td class="num">183.437.000.000</td><td class="num">+49.381.000.000</td><td class="num">12.750.000.000</td><td class="num">1.825,8%</td><td class="note"></td>');
  });
});
