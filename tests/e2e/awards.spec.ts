import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import PizZip from 'pizzip';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadDemo, viNumber } from './steps';

/** A visible option of the open antd Select. */
const option = (page: Page, text: string) => page.locator('.ant-select-item-option').filter({ hasText: text });

test.describe('award decisions', () => {
  test('a decision for a CĐCS, a member and a typed person: money, total in words, printed to A4', async ({ app }, info) => {
    test.skip(info.project.name !== 'web', 'page.pdf() needs headless Chromium');
    test.setTimeout(90_000);
    const { page } = app;
    await loadDemo(app);
    const year = (await app.call('settings:get', {}))['office.workingYear'];
    const awarded = new Set((await app.call('awardDecisions:awardsOfYear', { year })).map((a) => a.recipient));
    const person = (await app.call('members:list', { status: 'active', offset: 0, limit: 100 })).items.find((m) => m.cccd && !awarded.has(m.fullName))!;
    const union = (await app.call('unions:list', { offset: 0, limit: 200 })).items.find((u) => u.code && !u.dissolvedOn && !awarded.has(u.name))!;

    await page.getByRole('menuitem', { name: 'Quyết định khen thưởng' }).click();
    await expect(page.getByRole('heading', { name: 'Quyết định khen thưởng', level: 4 })).toBeVisible();
    await page.getByRole('button', { name: 'Thêm quyết định' }).click();
    const drawer = page.getByRole('dialog', { name: 'Quyết định khen thưởng mới' });
    await expect(drawer).toBeVisible();
    // The next number of our office is suggested.
    await expect(drawer.getByLabel('Số, ký hiệu')).toHaveValue(/^\d+\/QĐ-/);
    await drawer.getByLabel('Số, ký hiệu').fill('77/QĐ-CĐP');
    const date = drawer.getByLabel('Ngày ký');
    await date.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(`15/12/${year}`);
    await page.keyboard.press('Enter');
    await expect(date).toHaveValue(`15/12/${year}`);
    await drawer.getByLabel('Họ tên người ký').fill('Nguyễn Thị Thu Hà');

    await drawer.getByRole('combobox', { name: 'Thêm CĐCS…' }).fill(union.code!);
    await option(page, union.code!).first().click();
    await drawer.getByRole('combobox', { name: 'Thêm đoàn viên…' }).fill(person.cccd!);
    await option(page, person.fullName).first().click();
    await drawer.getByRole('button', { name: 'Thêm người/đơn vị ngoài danh sách' }).click();
    const names = drawer.getByLabel('Họ và tên / Tập thể', { exact: true });
    await expect(names).toHaveCount(3);
    await names.nth(2).fill('Trần Văn Khách');
    await drawer.getByLabel('Đơn vị', { exact: true }).nth(2).fill('Hội Cựu chiến binh phường');
    const achievements = drawer.getByLabel('Thành tích', { exact: true });
    await achievements.nth(0).fill('Tập thể hoàn thành xuất sắc nhiệm vụ');
    await achievements.nth(1).fill('Tích cực trong phong trào "Lao động giỏi"');
    await achievements.nth(2).fill('Phối hợp tốt với công đoàn');

    // Giấy khen 0,3 × base salary on the date, rounded up to 10.000 đ; a collective twice the coefficient.
    // 2.340.000 → 710.000 and 1.410.000 đ; 2.530.000 (planned from 01/07/2026) → 760.000 and 1.520.000 đ.
    const base = (await app.call('baseSalary:list', {})).filter((r) => r.effectiveFrom <= `${year}-12-15`).at(-1)!.amount;
    const individual = Math.ceil((3 * base) / 100_000) * 10_000;
    const collective = Math.ceil((6 * base) / 100_000) * 10_000;
    const total = collective + 2 * individual;
    const words: Record<number, string> = { 2_830_000: 'Hai triệu tám trăm ba mươi nghìn đồng', 3_040_000: 'Ba triệu không trăm bốn mươi nghìn đồng' };
    expect(words[total], `total for a base salary of ${base}`).toBeDefined();
    const amounts = drawer.getByTestId('award-amount');
    await expect(amounts).toHaveText([viNumber(collective), viNumber(individual), viNumber(individual)]);
    await expect(drawer.getByTestId('award-total')).toHaveText(`Tổng cộng: ${viNumber(total)} đ`);
    await expect(drawer.getByTestId('award-total-words')).toHaveText(`Bằng chữ: ${words[total]}`);
    await page.screenshot({ path: info.outputPath('editor.png') });

    await drawer.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByText('Đã lưu quyết định 77/QĐ-CĐP.')).toBeVisible();
    // The drawer now shows the saved decision, whose printout is enabled.
    const saved = page.getByRole('dialog', { name: 'Quyết định 77/QĐ-CĐP' });
    await expect(saved.getByRole('button', { name: 'In quyết định' })).toBeEnabled();
    await expect(saved.getByTestId('award-amount')).toHaveText([viNumber(collective), viNumber(individual), viNumber(individual)]);
    const stored = (await app.call('awardDecisions:list', { year })).find((d) => d.number === '77/QĐ-CĐP')!;
    expect(stored).toMatchObject({ decidedOn: `${year}-12-15`, recipients: 3, total });

    // Word: a real editable document, read back.
    const downloadPromise = page.waitForEvent('download');
    await saved.getByRole('button', { name: 'Xuất Word' }).click();
    const docx = info.outputPath('quyet-dinh.docx');
    await (await downloadPromise).saveAs(docx);
    const xml = new PizZip(fs.readFileSync(docx)).file('word/document.xml')!.asText();
    expect(xml).toContain('Số: 77/QĐ-CĐP');
    expect(xml).toContain('Trần Văn Khách');
    expect(xml).toContain(person.fullName);

    // The office's own decision template, chosen in the drawer's template menu: the next export uses it.
    const own = new PizZip(fs.readFileSync('resources/templates/decision.docx'));
    own.file('word/document.xml', own.file('word/document.xml')!.asText().replace('>QUYẾT ĐỊNH:<', '>QUYẾT ĐỊNH (MẪU ĐƠN VỊ):<'));
    await saved.getByRole('button', { name: 'Mẫu quyết định (Word)' }).hover();
    await expect(page.getByText('Đang dùng mẫu quyết định mặc định')).toBeVisible();
    await page.screenshot({ path: info.outputPath('template-menu.png') });
    await saved.getByLabel('Thay bằng mẫu của mình (.docx)…').setInputFiles({ name: 'mau-qd.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: own.generate({ type: 'nodebuffer' }) });
    await expect(page.getByText('Đã dùng mau-qd.docx làm mẫu quyết định.')).toBeVisible();
    const ownDownload = page.waitForEvent('download');
    await saved.getByRole('button', { name: 'Xuất Word' }).click();
    const ownDocx = info.outputPath('quyet-dinh-mau-rieng.docx');
    await (await ownDownload).saveAs(ownDocx);
    expect(new PizZip(fs.readFileSync(ownDocx)).file('word/document.xml')!.asText()).toContain('QUYẾT ĐỊNH (MẪU ĐƠN VỊ):');

    const popupPromise = page.waitForEvent('popup');
    await saved.getByRole('button', { name: 'In quyết định' }).click();
    const print = await popupPromise;
    await expect(print.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 20_000 });
    const pdf = info.outputPath('quyet-dinh.pdf');
    await print.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Số: 77/QĐ-CĐP');
    expect(text).toContain(`ngày 15 tháng 12 năm ${year}`);
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toContain('CÔNG ĐOÀN PHƯỜNG CHƯƠNG MỸ');
    expect(text).toContain('Nguyễn Thị Thu Hà');
    expect(text).toContain('Trần Văn Khách');
    expect(text).toContain(person.fullName);
    expect(text).toContain(viNumber(total));
    expect(text.replace(/\s+/g, ' ')).toContain(words[total]);
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBe(2);
    expect(pages[0]).not.toMatch(/^\s*1\s*$/m);
    expect(pages[1]).toContain('(Kèm theo Quyết định số 77/QĐ-CĐP');
    expect(pages[1]).toMatch(/^\s*2\s*$/m);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/Tinos-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, info.outputPath('page')]);
  });
});
