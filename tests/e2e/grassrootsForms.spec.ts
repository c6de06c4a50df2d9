import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import PizZip from 'pizzip';
import { expect, test } from './fixtures';
import { fillOurForm } from '../fixtures/mau1Workbooks';

test.describe('Mẫu 1 out and back, Mẫu 2', () => {
  test('makes forms for three CĐCS, takes two back (one written "1.234"), shows the tracker with one missing and prints Mẫu 2', async ({ app }, info) => {
    test.skip(info.project.name !== 'web', 'page.pdf() needs headless Chromium; the download is the preview’s');
    test.setTimeout(150_000);
    const { page } = app;
    await app.call('setup:start', { mode: 'empty', officeName: 'Công đoàn phường Chương Mỹ', year: 2026 });
    for (const [code, name, workers] of [
      ['CS01', 'Công đoàn cơ sở Công ty May An Phát', 500],
      ['CS02', 'Công đoàn cơ sở Trường Tiểu học Bình Minh', 40],
      ['CS03', 'Công đoàn cơ sở Công ty Cơ khí Cường Thịnh', 120],
    ] as const) {
      await app.call('unions:save', { draft: { code, name, foundedOn: '2020-01-01', workersTotal: workers } });
    }
    await app.reload();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('menuitem', { name: 'Thu thập Mẫu 1' }).click();
    await expect(page.getByTestId('forms-tracker-count')).toHaveText('Đã nộp 0/3 CĐCS, còn thiếu 3.');

    const download = page.waitForEvent('download');
    await page.getByTestId('forms-make').click();
    const zipPath = info.outputPath('mau1.zip');
    await (await download).saveAs(zipPath);
    const zip = new PizZip(fs.readFileSync(zipPath));
    const names = Object.keys(zip.files).sort();
    expect(names).toHaveLength(3);
    const made = (name: string) => Buffer.from(zip.file(name)?.asUint8Array() ?? []).toString('base64');
    const an = names.find((n) => n.includes('CS01')) ?? '';
    const binh = names.find((n) => n.includes('CS02')) ?? '';
    const filled = [
      { name: an, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await fillOurForm(made(an), { 'Số lao động được ký HĐLĐ': '1.234', 'Tổng số lao động': 1300 }), 'base64') },
      { name: binh, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await fillOurForm(made(binh), { 'Số lao động được ký HĐLĐ': 36 }), 'base64') },
    ];
    await page.getByTestId('forms-files').setInputFiles(filled);
    await expect(page.getByTestId('forms-import-result')).toContainText('Nhận mới 2, thay thế 0, bỏ qua 0 tệp.');
    // An Phát's form says 1.300 workers where the office had 500: the change is shown.
    await expect(page.getByTestId('forms-record-changes')).toHaveText('Cập nhật số liệu CĐCS: Công đoàn cơ sở Công ty May An Phát lao động 500 → 1.300');
    await expect(page.getByTestId('forms-tracker-count')).toHaveText('Đã nộp 2/3 CĐCS, còn thiếu 1.');
    const missing = page.getByTestId('forms-tracker').locator('tr').filter({ hasText: 'Chưa nộp' });
    await expect(missing).toHaveCount(1);
    await expect(missing).toContainText('Cường Thịnh');
    await page.screenshot({ path: info.outputPath('thu-thap-mau-1.png') });

    // The covering công văn, with the deadline the user sets.
    const deadline = page.getByLabel('Hạn nộp', { exact: true });
    await deadline.click();
    await deadline.fill('05/12/2026');
    await deadline.press('Tab');
    await page.getByTestId('forms-print-letter').click();
    await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 20_000 });
    const letterPdf = info.outputPath('cong-van.pdf');
    await page.pdf({ path: letterPdf, preferCSSPageSize: true, printBackground: true });
    const letter = execFileSync('pdftotext', ['-layout', letterPdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(letter).toContain('trước ngày 05/12/2026');
    expect(letter).toContain('Mẫu số 1-HĐCĐ');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', letterPdf, info.outputPath('cong-van')]);
    await page.goBack();

    // The reminder list: the one CĐCS still missing.
    await page.getByTestId('forms-print-reminders').click();
    await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 20_000 });
    await expect(page.locator('.print-list tbody tr')).toHaveCount(1);
    await expect(page.locator('.print-list tbody')).toContainText('Công đoàn cơ sở Công ty Cơ khí Cường Thịnh');
    await page.goBack();

    await page.getByRole('menuitem', { name: 'Tổng hợp Mẫu 2' }).click();
    const contracts = page.getByTestId('forms-rollup').locator('tr').filter({ has: page.locator('[data-code="labour.contracts"]') });
    await expect(contracts).toContainText('1.270');
    await expect(contracts).toContainText('2/3 CĐCS báo cáo');
    // Workers: An Phát's form 1.300, the others from the office's records (40 + 120).
    const workers = page.getByTestId('forms-rollup').locator('tr').filter({ has: page.locator('[data-code="workers.total"]') });
    await expect(workers).toContainText('1.460');
    await page.screenshot({ path: info.outputPath('tong-hop-mau-2.png') });

    await page.getByTestId('forms-print-mau2').click();
    await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 20_000 });
    const pdf = info.outputPath('mau-2.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text.replace(/\s+/g, ' ')).toContain('BÁO CÁO TỔNG HỢP SỐ LIỆU VỀ HOẠT ĐỘNG CÔNG ĐOÀN NĂM 2026');
    expect(text).toContain('TÌNH HÌNH LAO ĐỘNG');
    expect(text.split('\n').find((l) => l.includes('Số lao động được ký HĐLĐ')) ?? '').toContain('1.270');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, info.outputPath('mau-2')]);
  });
});
