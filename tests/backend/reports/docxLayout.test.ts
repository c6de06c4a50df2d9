import fs from 'node:fs';
import path from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../shared/domain/format/number';
import { call, useTempDirs } from '../../fixtures/backend';
import { attr, cellText, cellWidth, convertWithLibreOffice, officeTools, sections, sectionTextWidth, tables, textTwips } from './wordLayout';

const temp = useTempDirs();
const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
const CELL_MARGINS = 2 * 57; // the ReportTable style's left and right cell margins
const NUMBER_COLUMNS = [3, 4, 5, 6, 7]; // Số lượng, Năm trước, Tăng giảm, Chỉ tiêu, % chỉ tiêu

async function exportedReport() {
  const dir = temp.dir();
  const backend = temp.open({ dataDir: dir });
  await call(backend, 'setup:start', { mode: 'demo', unions: 8, members: 300, year: 2025, seed: 5 });
  await call(backend, 'settings:update', { 'office.placeName': 'Hà Nội' });
  await call(backend, 'reports:create', { year: 2025, from: 'template' });
  const stats = await call(backend, 'reports:stats', { year: 2025 });
  const { file } = await call(backend, 'reports:export', { year: 2025, format: 'docx', target: path.join(dir, 'bc.docx') });
  return { dir, backend, file, stats, xml: new PizZip(fs.readFileSync(file)).file('word/document.xml')!.asText() };
}

const documentXml = (file: string) => new PizZip(fs.readFileSync(file)).file('word/document.xml')!.asText();

const statsTables = (xml: string) => statsOf(tables(xml));
const statsOf = (list: ReturnType<typeof tables>) => list.filter((t) => t.grid.length === 9 && cellText(t.rows[0]![0]!) === 'TT');

describe('the year-end report in Word: layout', () => {
  it('is A4 portrait (NĐ 30 margins, page numbers from page 2) with the statistics appendix in a landscape section', async () => {
    const { xml } = await exportedReport();
    const [portrait, landscape, ...more] = sections(xml);
    expect(more).toEqual([]);
    const size = (s: string) => /<w:pgSz\b[^>]*\/>/.exec(s)![0];
    const margin = (s: string, side: string) => attr(/<w:pgMar\b[^>]*\/>/.exec(s)![0], side);
    expect([attr(size(portrait!), 'w:w'), attr(size(portrait!), 'w:h')]).toEqual([11906, 16838]);
    // top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm (1 mm = 56.7 twips)
    for (const s of [portrait!, landscape!]) {
      for (const [side, min, max] of [['w:top', 20, 25], ['w:bottom', 20, 25], ['w:left', 30, 35], ['w:right', 15, 20]] as const) {
        expect(margin(s, side) / 56.7, side).toBeGreaterThanOrEqual(min - 0.1);
        expect(margin(s, side) / 56.7, side).toBeLessThanOrEqual(max + 0.1);
      }
    }
    expect(portrait).toContain('<w:titlePg/>');
    expect(size(landscape!)).toContain('w:orient="landscape"');
    expect([attr(size(landscape!), 'w:w'), attr(size(landscape!), 'w:h')]).toEqual([16838, 11906]);
    // The appendix's first page is numbered too: no separate first-page header there.
    expect(landscape).not.toContain('titlePg');
    expect(landscape).toContain('w:type="default"');
    // The portrait section ends right before the appendix's title, which needs no page break of its own.
    const appendixAt = xml.indexOf('PHỤ LỤC');
    expect(xml.lastIndexOf('</w:sectPr>', appendixAt)).toBeGreaterThan(0);
    expect(xml.slice(xml.lastIndexOf('</w:sectPr>', appendixAt), appendixAt)).not.toContain('w:type="page"');
  }, 60_000);

  it('marks a draft "(Dự thảo)" as the printout does, and a finalised version not', async () => {
    const { dir, backend, xml } = await exportedReport();
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('(Dự thảo)');
    expect(text).not.toMatch(/[{}]/);
    const { version } = await call(backend, 'reports:finalize', { year: 2025, allowUnwritten: true });
    const { file } = await call(backend, 'reports:export', { year: 2025, version, format: 'docx', target: path.join(dir, 'final.docx') });
    expect(documentXml(file).replace(/<[^>]+>/g, '')).not.toContain('Dự thảo');
  }, 60_000);

  it('gives every table explicit column widths that add up to the text width, the motto on one line', async () => {
    const { xml } = await exportedReport();
    const [portrait, landscape] = sections(xml).map(sectionTextWidth);
    const all = tables(xml);
    const header = all[0]!;
    expect(sum(header.grid)).toBe(portrait);
    const mottoSize = Number(/<w:sz w:val="(\d+)"\/>(?:<w:szCs[^>]*\/>)?<\/w:rPr><w:t xml:space="preserve">CỘNG HÒA/.exec(header.xml)![1]);
    expect(mottoSize).toBeGreaterThanOrEqual(24);
    expect(textTwips('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', mottoSize, true)).toBeLessThan(header.grid[1]!);
    const stats = statsOf(all);
    expect(stats.length).toBeGreaterThan(3);
    for (const table of stats) {
      expect(sum(table.grid)).toBe(landscape);
      expect(table.xml).toContain('<w:tblLayout w:type="fixed"/>');
      for (const row of table.rows) expect(row.map(cellWidth)).toEqual(table.grid);
      // TT narrow, Nội dung the widest
      expect(table.grid[0]).toBeLessThan(table.grid[2]!);
      expect(Math.max(...table.grid)).toBe(table.grid[1]);
    }
    for (const table of all.filter((t) => !stats.includes(t))) expect(sum(table.grid)).toBeLessThanOrEqual(portrait!);
  }, 60_000);

  it('holds a 16-character number ("+232.818.000.000") and a percentage on one line at the table size', async () => {
    const { xml, stats } = await exportedReport();
    const [table] = statsTables(xml);
    const size = Number(/<w:sz w:val="(\d+)"\/>/.exec(table!.rows[1]![3]!)![1]);
    expect(size).toBeGreaterThanOrEqual(21); // 10.5 pt at least
    for (const column of NUMBER_COLUMNS.slice(0, 4)) expect(textTwips('+232.818.000.000', size) + CELL_MARGINS).toBeLessThanOrEqual(table!.grid[column]!);
    expect(textTwips('1.825,8%', size) + CELL_MARGINS).toBeLessThanOrEqual(table!.grid[7]!);
    // And every number actually written fits its column.
    for (const t of statsTables(xml)) {
      for (const row of t.rows.slice(1)) {
        for (const column of NUMBER_COLUMNS) expect(textTwips(cellText(row[column]!), size) + CELL_MARGINS, cellText(row[column]!)).toBeLessThanOrEqual(t.grid[column]!);
      }
    }
    expect(stats.some((f) => f.value !== null && formatNumber(f.value, 1).length >= 9)).toBe(true);
    // Header rows repeat on each page; no row splits across pages.
    for (const t of statsTables(xml)) expect(t.xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    for (const t of statsTables(xml)) expect(t.xml.match(/<w:cantSplit\/>/g)).toHaveLength(t.rows.length);
  }, 60_000);

  it.skipIf(!officeTools)('opens in LibreOffice as a portrait report with a landscape appendix, numbers unbroken (skipped where soffice/poppler are not installed, e.g. CI)', async () => {
    const { dir, file, stats } = await exportedReport();
    const { pages, sizes } = convertWithLibreOffice(file, dir);
    expect(sizes[0]).toEqual({ width: 595, height: 842 });
    expect(sizes.at(-1)).toEqual({ width: 842, height: 595 });
    const lines = (page: string) => page.split('\n').map((l) => l.trim()).filter(Boolean);
    // The motto on one line; page 1 has no number, the others do, top centre.
    expect(lines(pages[0]!).some((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
    expect(lines(pages[0]!)[0]).not.toMatch(/^\d+$/);
    pages.slice(1).forEach((page, i) => expect(lines(page)[0]).toBe(String(i + 2)));
    const text = pages.join('\n');
    const appendix = pages.findIndex((p) => p.includes('SỐ LIỆU THỐNG KÊ NĂM'));
    expect(sizes[appendix]).toEqual({ width: 842, height: 595 });
    expect(sizes[appendix - 1]).toEqual({ width: 595, height: 842 });
    // Each number of the tables is on one line (a wrapped one would be split in the PDF's text).
    for (const f of stats.filter((s) => s.value !== null && Math.abs(s.value) >= 1000)) expect(text, f.label).toContain(formatNumber(f.value!, 1));
    // The table header is on one line per table row: "Số lượng  Năm trước  Tăng, giảm" side by side.
    expect(text).toMatch(/Số lượng\s+Năm trước\s+Tăng, giảm\s+Chỉ tiêu\s+% chỉ tiêu\s+Ghi chú/);
  }, 240_000);
});
