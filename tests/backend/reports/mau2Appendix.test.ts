import fs from 'node:fs';
import path from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { reportPrintBody } from '../../../shared/reports/printHtml';
import { call, useTempDirs } from '../../fixtures/backend';
import { cli } from '../../fixtures/cli';
import { provinceTemplate } from '../../fixtures/mau1Workbooks';
import { admit, F, M, setUpOffice, union } from '../statistics/office';

const temp = useTempDirs();
const PERIOD = '2025-11-30';

const anPhatForm = (wage: string) =>
  provinceTemplate('May An Phát', [
    ['PHẦN I.', 'Tình hình lao động', null],
    ['1', 'Tổng số lao động', '600'],
    ['3.1', 'Số người được tính tiền lương bình quân', 100],
    ['3.2', 'Tiền lương bình quân tháng của 1 người lao động', wage],
    ['PHẦN IV.', 'Chăm lo đời sống người lao động', null],
    ['1', 'Số lượt người được chăm lo, hỗ trợ', 45],
  ]);

async function office() {
  const dir = temp.dir();
  const backend = temp.open({ dataDir: dir });
  await setUpOffice(backend);
  const an = await union(backend, { code: 'CS01', name: 'Công đoàn cơ sở Công ty May An Phát', workersTotal: 500, workersFemale: 300, sector: 'private_enterprise' });
  const binh = await union(backend, { code: 'CS02', name: 'Công đoàn cơ sở Trường Tiểu học Bình Minh', workersTotal: 40, workersFemale: 30, sector: 'public_service' });
  await admit(backend, an, 'Nguyễn Thị Lan', F, '2025-06-01');
  await admit(backend, binh, 'Trần Văn Hùng', M, '2025-07-01');
  await call(backend, 'forms:import', { period: PERIOD, files: [{ name: 'an-phat.xlsx', base64: await anPhatForm('8.000.000') }] });
  await call(backend, 'reports:create', { year: 2025, from: 'template' });
  return { dir, backend };
}

function docxText(file: string): string {
  return new PizZip(fs.readFileSync(file)).file('word/document.xml')!.asText();
}

/** The appendix row of a figure in the Word export: its cells' text, in order. */
function docxRow(xml: string, label: string): string[] {
  const row = xml.split('<w:tr>').find((r) => r.replace(/<[^>]+>/g, '').includes(label)) ?? '';
  return row.split('</w:tc>').slice(0, -1).map((cell) => cell.replace(/<[^>]+>/g, ''));
}

/** The same row in the print route's HTML (reportPrintBody, what #/print/report renders). */
function printRow(html: string, code: string): string[] {
  const row = new RegExp(`<tr data-code="${code.replaceAll('.', '\\.')}">(.*?)</tr>`).exec(html)?.[1] ?? '';
  return [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
}

describe("the year-end report's statistics appendix reads Mẫu 2", () => {
  it('gives the same number per code in the appendix, report stats and rollup figures, with the forms as the source', async () => {
    const { dir, backend } = await office();
    const stats = new Map((await call(backend, 'reports:stats', { year: 2025 })).map((f) => [f.code, f]));
    const mau2 = await call(backend, 'forms:rollup', { period: PERIOD });
    // Every Mẫu 2 figure is in the report once, with Mẫu 2's value.
    for (const f of mau2) expect([f.code, stats.get(f.code)?.value]).toEqual([f.code, f.value]);
    expect(stats.get('labour.avgWage')).toMatchObject({ value: 8_000_000, mau2: { source: 'forms', formsReturned: 1, formsExpected: 2 }, sectionTitle: 'Tình hình lao động' });
    // The report's own rows where Mẫu 2 has none stay, from the statistics engine.
    expect(stats.get('unions.total')?.value).toBe(2);
    expect(stats.get('members.admitted')).toMatchObject({ value: 2, mau2: { source: 'office' } });
    // care.people: the office keeps no care records of its own here, so the form's 45 is the figure.
    expect(stats.get('care.people')).toMatchObject({ value: 45, mau2: { source: 'forms' } });
    // Workers: An Phát's 600 from its form, Bình Minh's 40 from the records.
    expect(stats.get('workers.total')).toMatchObject({ value: 640, mau2: { source: 'mixed', formsReturned: 1 } });
    backend.close();

    const reportStats = (await cli(['report', 'stats', '--year', '2025', '--json', '--data-dir', dir])).json<{ code: string; value: number | null }[]>();
    const rollup = (await cli(['rollup', 'figures', '--period', PERIOD, '--json', '--data-dir', dir])).json<{ code: string; value: number | null }[]>();
    const cliStats = new Map(reportStats.map((f) => [f.code, f.value]));
    expect(rollup.length).toBeGreaterThan(30);
    for (const f of rollup) expect([f.code, cliStats.get(f.code)]).toEqual([f.code, f.value]);
  });

  it('changes in the Word appendix and the print route when a returned form changes', async () => {
    const { dir, backend } = await office();
    const docxBefore = docxText((await call(backend, 'reports:export', { year: 2025, format: 'docx', target: path.join(dir, 'a.docx') })).file);
    const printBefore = reportPrintBody(await call(backend, 'reports:document', { year: 2025 }));
    expect(docxRow(docxBefore, 'Tiền lương bình quân tháng')).toEqual(expect.arrayContaining(['Tiền lương bình quân tháng của 1 người lao động', '8.000.000', '1/2 CĐCS báo cáo']));
    expect(printRow(printBefore, 'labour.avgWage')).toEqual(expect.arrayContaining(['8.000.000', '1/2 CĐCS báo cáo']));
    expect(printBefore).toContain('Tình hình lao động');

    // An Phát sends its form again: the wage was 9.500.000, and Bình Minh's typed paper form comes in too.
    await call(backend, 'forms:import', { period: PERIOD, files: [{ name: 'an-phat-2.xlsx', base64: await anPhatForm('9.500.000') }] });
    const binh = (await call(backend, 'forms:status', { period: PERIOD })).find((r) => r.unionCode === 'CS02')!.organizationId;
    await call(backend, 'forms:saveTyped', { period: PERIOD, organizationId: binh, values: { 'labour.wageCount': 100, 'labour.avgWage': 5_500_000 } });

    const docxAfter = docxText((await call(backend, 'reports:export', { year: 2025, format: 'docx', target: path.join(dir, 'b.docx') })).file);
    const printAfter = reportPrintBody(await call(backend, 'reports:document', { year: 2025 }));
    // (9.500.000 × 100 + 5.500.000 × 100) / 200 = 7.500.000, from both forms.
    expect(docxRow(docxAfter, 'Tiền lương bình quân tháng')).toEqual(expect.arrayContaining(['7.500.000', '2/2 CĐCS báo cáo']));
    expect(printRow(printAfter, 'labour.avgWage')).toEqual(expect.arrayContaining(['7.500.000', '2/2 CĐCS báo cáo']));
    expect(printRow(printAfter, 'labour.wageCount')).toEqual(expect.arrayContaining(['200']));
  });
});
