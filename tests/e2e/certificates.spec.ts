import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { loadDemo } from './steps';
import { makeDecision, RECIPIENTS } from '../backend/certificates/fixtures';
import { textLines } from '../backend/certificates/pdfProbe';

test.describe('certificates', () => {
  test('a decision for three recipients prints to one PDF of three pages, read back as text and images', async ({ app }, testInfo) => {
    const { page } = app;
    await loadDemo(app);
    const settings = await app.call('settings:get', {});
    const year = settings['office.workingYear'];
    makeDecision(path.join(app.dataDir, 'uniondesk.db'), { number: '77/QĐ-E2E', decidedOn: `${year}-12-05` });

    await page.getByRole('menuitem', { name: 'In bằng, giấy khen' }).click();
    await expect(page.getByRole('heading', { name: 'In bằng, giấy khen', level: 4 })).toBeVisible();
    await page.getByRole('combobox', { name: 'Quyết định khen thưởng' }).fill('77/QĐ-E2E');
    await page.locator('.ant-select-item-option', { hasText: '77/QĐ-E2E' }).click();
    for (const r of RECIPIENTS) await expect(page.getByRole('cell', { name: r.name, exact: true })).toBeVisible();
    await expect(page.getByText(/tệp PDF được tải về/)).toBeVisible();
    await expect(page.getByTestId('certificate-canvas')).toContainText(RECIPIENTS[0]!.name);
    await page.screenshot({ path: testInfo.outputPath('print-panel.png') });

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: /In cả quyết định \(3 tờ\)/ }).click();
    const download = await downloading;
    const file = testInfo.outputPath('certificates.pdf');
    await download.saveAs(file);
    await expect(page.getByText(/Đã in 3 tờ/)).toBeVisible();

    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
    for (const r of RECIPIENTS) expect(text).toContain(r.name);
    expect(text).toContain('Số: 77/QĐ-E2E');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+3/);

    const prefix = testInfo.outputPath('page');
    execFileSync('pdftoppm', ['-png', '-r', '40', file, prefix]);
    const images = fs.readdirSync(path.dirname(prefix)).filter((f) => /^page-\d+\.png$/.test(f));
    expect(images).toHaveLength(3);
    for (const image of images) {
      const shot = await page.context().newPage();
      const dataUrl = `data:image/png;base64,${fs.readFileSync(path.join(path.dirname(prefix), image)).toString('base64')}`;
      // Count the dark pixels of the page image: a blank page has none.
      const ink = await shot.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const cx = canvas.getContext('2d')!;
        cx.drawImage(img, 0, 0);
        const data = cx.getImageData(0, 0, img.width, img.height).data;
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
        return { dark, width: img.width, height: img.height };
      }, dataUrl);
      await shot.close();
      expect(ink.width).toBeGreaterThan(ink.height);
      expect(ink.dark).toBeGreaterThan(200);
    }

    // Each award now says when its certificate was printed.
    await expect(page.getByRole('cell', { name: 'Chưa in' })).toHaveCount(0);
  });

  test('the layout editor shows the blank behind draggable fields', async ({ app }, testInfo) => {
    const { page } = app;
    await loadDemo(app);
    await page.getByRole('menuitem', { name: 'In bằng, giấy khen' }).click();
    await page.getByRole('tab', { name: 'Mẫu in' }).click();
    const canvas = page.getByTestId('certificate-canvas');
    await expect(canvas).toContainText('Nguyễn Thị Hương');
    const box = canvas.locator('[data-field="recipientName"]');
    await box.click();
    const x = page.getByRole('spinbutton', { name: 'X (mm)' });
    const before = Number((await x.inputValue()).replace(',', '.'));
    const start = (await box.boundingBox())!;
    await page.mouse.move(start.x + 40, start.y + 5);
    await page.mouse.down();
    await page.mouse.move(start.x + 80, start.y + 5, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => Number((await x.inputValue()).replace(',', '.'))).toBeGreaterThan(before + 5);
    await expect(page.getByText('Có thay đổi chưa lưu')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('editor.png') });
  });
  test('"In ra máy in" without Electron opens the printer route: pages of the paper size, names where the PDF puts them', async ({ app }, info) => {
    test.skip(info.project.name !== 'web', 'page.pdf() needs headless Chromium');
    const { page } = app;
    await loadDemo(app);
    const year = (await app.call('settings:get', {}))['office.workingYear'];
    const recipients = RECIPIENTS.slice(0, 2);
    const { decisionId } = makeDecision(path.join(app.dataDir, 'uniondesk.db'), { number: '78/QĐ-E2E', decidedOn: `${year}-12-05`, form: 'Bằng khen', recipients });

    await page.getByRole('menuitem', { name: 'In bằng, giấy khen' }).click();
    await page.getByRole('combobox', { name: 'Quyết định khen thưởng' }).fill('78/QĐ-E2E');
    await page.locator('.ant-select-item-option', { hasText: '78/QĐ-E2E' }).click();
    // "In lại" is offered only for sheets printed before.
    await expect(page.getByRole('button', { name: 'In lại tờ này' })).toHaveCount(0);
    await page.getByRole('button', { name: 'In ra máy in (2 tờ)' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Kích thước thật / Actual size');
    await expect(dialog).toContainText('400 × 300 mm');
    const opening = page.context().waitForEvent('page');
    await dialog.getByRole('link', { name: /Mở trang in/ }).click();
    const sheet = await opening;
    await expect(sheet.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 20_000 });
    expect(sheet.url()).toContain(`#/print/certificates?decision=${decisionId}`);
    // The print page's own buttons look like the app's.
    await expect(sheet.locator('.print-toolbar .ant-btn-primary')).toHaveText('In');
    await expect(sheet.locator('.print-toolbar .ant-btn')).toHaveText(['In', 'Quay lại']);
    await sheet.screenshot({ path: info.outputPath('printer-route.png') });
    const printed = info.outputPath('printer-route.pdf');
    await sheet.pdf({ path: printed, preferCSSPageSize: true });
    await sheet.close();

    // Nothing is recorded until the user says the sheets came out.
    await expect(page.getByRole('cell', { name: 'Chưa in' })).toHaveCount(2);
    await dialog.getByRole('button', { name: 'Ghi nhận đã in' }).click();
    await expect(page.getByText('Máy in đã nhận 2 tờ; đã ghi nhận ngày in.')).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Chưa in' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'In lại tờ này' })).toHaveCount(2);

    const info1 = execFileSync('pdfinfo', ['-f', '1', '-l', '9', printed], { encoding: 'utf8' });
    expect(info1).toMatch(/Pages:\s+2/);
    for (const m of info1.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)) {
      expect(Number(m[1]) / (72 / 25.4)).toBeCloseTo(400, 0);
      expect(Number(m[2]) / (72 / 25.4)).toBeCloseTo(300, 0);
    }
    expect(execFileSync('pdffonts', [printed], { encoding: 'utf8' })).toMatch(/Tinos/);

    const reference = info.outputPath('backend.pdf');
    await app.call('certificates:print', { decisionId, target: reference });
    const ours = textLines(printed);
    const theirs = textLines(reference);
    recipients.forEach((r, i) => expect(ours.some((l) => l.page === i + 1 && l.text === r.name), `${r.name} on page ${i + 1}`).toBe(true));
    // Every line the backend's PDF prints, the printer route prints within 1 mm of it.
    expect(ours).toHaveLength(theirs.length);
    for (const b of theirs) {
      const a = ours.find((l) => l.page === b.page && l.text === b.text);
      expect(a, `"${b.text}" on page ${b.page} of the printout`).toBeDefined();
      for (const key of ['xMin', 'xMax', 'yMin', 'yMax'] as const) expect(Math.abs(a![key] - b[key]), `"${b.text}" ${key}`).toBeLessThanOrEqual(1);
    }
    const prefix = info.outputPath('printer-page');
    execFileSync('pdftoppm', ['-png', '-r', '40', printed, prefix]);
  });
});
