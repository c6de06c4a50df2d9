import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadDemo } from './steps';

const option = (page: Page, text: string) => page.locator('.ant-select-item-option').filter({ hasText: text });

test.describe('award money in 2026', () => {
  test('a Giấy khen dated 10/11/2026 pays 760.000 đ to a person and 1.520.000 đ to a collective, printed and looked at', async ({ app }, info) => {
    test.skip(info.project.name !== 'web', 'page.pdf() needs headless Chromium');
    test.setTimeout(120_000);
    const { page } = app;
    await loadDemo(app);
    const awarded = new Set((await app.call('awardDecisions:awardsOfYear', { year: 2026 })).map((a) => a.recipient));
    const person = (await app.call('members:list', { status: 'active', offset: 0, limit: 100 })).items.find((m) => m.cccd && !awarded.has(m.fullName))!;
    const union = (await app.call('unions:list', { offset: 0, limit: 200 })).items.find((u) => u.code && !u.dissolvedOn && !awarded.has(u.name))!;

    await page.getByRole('menuitem', { name: 'Quyết định khen thưởng' }).click();
    await page.getByRole('button', { name: 'Thêm quyết định' }).click();
    const drawer = page.getByRole('dialog', { name: 'Quyết định khen thưởng mới' });
    await drawer.getByLabel('Số, ký hiệu').fill('88/QĐ-CĐP');
    const date = drawer.getByLabel('Ngày ký');
    await date.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('10/11/2026');
    await page.keyboard.press('Enter');
    await expect(date).toHaveValue('10/11/2026');
    await drawer.getByLabel('Họ tên người ký').fill('Nguyễn Thị Thu Hà');
    await drawer.getByRole('combobox', { name: 'Thêm CĐCS…' }).fill(union.code!);
    await option(page, union.code!).first().click();
    await drawer.getByRole('combobox', { name: 'Thêm đoàn viên…' }).fill(person.cccd!);
    await option(page, person.fullName).first().click();

    // 0,3 × 2.530.000 = 759.000 → 760.000 đ; a collective 0,6 × 2.530.000 = 1.518.000 → 1.520.000 đ.
    await expect(drawer.getByTestId('award-amount')).toHaveText(['1.520.000', '760.000']);
    await expect(drawer.getByTestId('award-total')).toHaveText('Tổng cộng: 2.280.000 đ');
    await expect(drawer.getByTestId('award-total-words')).toHaveText('Bằng chữ: Hai triệu hai trăm tám mươi nghìn đồng');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: info.outputPath('editor-2026.png') });

    await drawer.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByText('Đã lưu quyết định 88/QĐ-CĐP.')).toBeVisible();
    const saved = page.getByRole('dialog', { name: 'Quyết định 88/QĐ-CĐP' });
    const popupPromise = page.waitForEvent('popup');
    await saved.getByRole('button', { name: 'In quyết định' }).click();
    const print = await popupPromise;
    await expect(print.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 20_000 });
    const pdf = info.outputPath('quyet-dinh-2026.pdf');
    await print.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    expect(text).toContain('Số: 88/QĐ-CĐP');
    expect(text).toContain('ngày 10 tháng 11 năm 2026');
    expect(flat).toContain('Căn cứ Luật Công đoàn năm 2024;');
    expect(flat).toContain('Quyết định số 999/QĐ-TLĐ');
    expect(flat).toContain('Quyết định có hiệu lực kể từ ngày ký.');
    expect(flat).toContain('2.280.000 đồng (Bằng chữ: Hai triệu hai trăm tám mươi nghìn đồng)');
    expect(text).toContain('1.520.000');
    expect(text).toContain('760.000');
    expect(flat).toContain('(Kèm theo Quyết định số 88/QĐ-CĐP ngày 10 tháng 11 năm 2026');
    expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/Tinos-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    // The pages as images, to be looked at.
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, info.outputPath('decision-2026')]);
    await print.close();

    // The căn cứ are data, shown with the dates they apply.
    await saved.getByRole('button', { name: 'Hủy', exact: true }).last().click();
    await expect(saved).toBeHidden();
    await page.getByRole('menuitem', { name: 'Danh hiệu, hình thức' }).click();
    const bases = page.locator('.ant-card').filter({ hasText: 'Căn cứ ban hành quyết định' });
    await expect(bases.getByRole('row').filter({ hasText: 'Căn cứ Luật Công đoàn năm 2024;' })).toContainText('Từ 01/07/2025');
    await bases.scrollIntoViewIfNeeded();
    await page.screenshot({ path: info.outputPath('bases.png') });
  });
});
