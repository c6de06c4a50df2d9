import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAT_WIDTHS } from '../../../electron/backend/reports/export/docx';
import { OFFICIAL_PAGE } from '../../../shared/domain/documents/officialPage';
import { formatNumber } from '../../../shared/domain/format/number';
import { STATS_COLUMN_TWIPS } from '../../../shared/reports/printHtml';
import { call, useTempDirs } from '../../fixtures/backend';
import { cli } from '../../fixtures/cli';
import { inkPastRightMargin, layoutText, MM, pdfPages } from './pdfLayout';

const temp = useTempDirs();
const BIG = 232_818_000_000;
const M = OFFICIAL_PAGE.marginMm;
/** How far the rightmost word of a page's body stops short of the right margin, in points. */
const p2Right = (words: { xMax: number }[], width: number) => width - M.right * MM - Math.max(...words.map((w) => w.xMax));

describe('the PDF of the report print layout', () => {
  it('uses the Word export’s column widths for the statistics tables', () => {
    expect([...STATS_COLUMN_TWIPS]).toEqual(STAT_WIDTHS);
  });

  it.runIf(fs.existsSync('/usr/bin/chromium'))(
    'keeps the narrative portrait and puts the statistics appendix on landscape A4 within the margins, numbered at the top centre',
    async () => {
      const dir = temp.dir();
      const backend = temp.open({ dataDir: dir });
      await call(backend, 'setup:start', { mode: 'demo', unions: 8, members: 300, year: 2025, seed: 5 });
      await call(backend, 'reports:create', { year: 2025, from: 'template' });
      const money = (await call(backend, 'reports:stats', { year: 2025 })).find((f) => f.unit === 'đồng' && f.value !== null)!;
      await call(backend, 'reports:setFigure', { year: 2025, code: money.code, value: BIG, reason: 'Theo số liệu LĐLĐ thành phố' });
      backend.close();
      const pdf = path.join(dir, 'bc.pdf');
      expect((await cli(['report', 'export', '--year', '2025', '--format', 'pdf', '--out', pdf, '--data-dir', dir])).code).toBe(0);

      const pages = pdfPages(pdf);
      const text = layoutText(pdf);
      const first = text.findIndex((t) => t.includes('SỐ LIỆU THỐNG KÊ NĂM'));
      expect(first).toBeGreaterThan(0);
      pages.forEach((p, i) => {
        if (i < first) expect([Math.round(p.width), Math.round(p.height)], `page ${i + 1}`).toEqual([595, 842]);
        else expect([Math.round(p.width), Math.round(p.height)], `page ${i + 1}`).toEqual([842, 595]);
      });
      expect(pages.length - first).toBeGreaterThanOrEqual(2);

      // Nothing past the official margins (the page number sits in the top margin).
      pages.forEach((p, i) => {
        for (const w of p.words) {
          expect(w.xMin, `page ${i + 1} "${w.text}"`).toBeGreaterThanOrEqual(M.left * MM - 1);
          expect(w.xMax, `page ${i + 1} "${w.text}"`).toBeLessThanOrEqual(p.width - M.right * MM + 1);
          expect(w.yMax, `page ${i + 1} "${w.text}"`).toBeLessThanOrEqual(p.height - M.bottom * MM + 1);
        }
      });

      // The text block is the official one: justified lines of page 2 start at the left margin and end at the right.
      const body = pages[1]!.words.filter((w) => w.yMin > M.top * MM);
      expect(Math.min(...body.map((w) => w.xMin))).toBeCloseTo(M.left * MM, 0);
      expect(p2Right(body, pages[1]!.width)).toBeLessThan(2);
      expect(inkPastRightMargin(pdf, M.right), 'table borders past the right margin').toEqual(pages.map(() => 0));

      // Page numbers: none on page 1, then 2, 3, … centred in the top margin, portrait and landscape alike.
      const inTopMargin = (p: (typeof pages)[number]) => p.words.filter((w) => w.yMax <= M.top * MM);
      expect(inTopMargin(pages[0]!)).toEqual([]);
      pages.slice(1).forEach((p, i) => {
        const [number, ...rest] = inTopMargin(p);
        expect(rest, `page ${i + 2}`).toEqual([]);
        expect(number?.text, `page ${i + 2}`).toBe(String(i + 2));
        const centre = M.left * MM + (p.width - (M.left + M.right) * MM) / 2;
        expect(Math.abs((number!.xMin + number!.xMax) / 2 - centre), `page ${i + 2}`).toBeLessThan(3);
        // Tinos' line box is 1.149 em: a 13 pt number is about 14.9 pt high.
        expect((number!.yMax - number!.yMin) / 1.149, `page ${i + 2}`).toBeCloseTo(OFFICIAL_PAGE.pt.pageNumber, 0);
      });

      // Every table header keeps all nine columns on one line, and the long numbers do not wrap.
      const appendix = text.slice(first).join('\n').split('\n');
      const headers = appendix.filter((l) => /^\s*TT\s/.test(l));
      expect(headers.length).toBeGreaterThan(3);
      for (const h of headers) expect(h).toMatch(/TT\s+Nội dung\s+Đơn vị\s+Số lượng\s+Năm trước\s+Tăng, giảm\s+Chỉ tiêu\s+% chỉ tiêu\s+Ghi chú\s*$/);
      const row = appendix.find((l) => l.includes('232.818.000.000'))!;
      expect(row).toBeDefined();
      const change = BIG - (money.lastYear ?? 0);
      if (money.lastYear !== null) expect(row).toContain(`+${formatNumber(change)}`);
      expect(row).toMatch(/Điều chỉnh\s*$/);
    },
    90_000,
  );
});
