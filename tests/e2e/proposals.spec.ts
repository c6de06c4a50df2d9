import { execFileSync } from 'node:child_process';
import PizZip from 'pizzip';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadDemo, openDialog } from './steps';

const UNION_SEARCH = /Tìm theo tên hoặc mã/;

/** A visible option of the open antd Select. */
const option = (page: Page, text: string) => page.locator('.ant-select-item-option').filter({ hasText: text });

test.describe('award proposals', () => {
  test('a proposal of two rows, one approved by the upper decision, shows in the awards list and in the member\'s and CĐCS\'s history', async ({ app }) => {
    test.setTimeout(90_000);
    const { page } = app;
    await loadDemo(app);
    const settings = await app.call('settings:get', {});
    const year = settings['office.workingYear'];
    // Someone the demo has not awarded yet, and another CĐCS.
    const awarded = new Set((await app.call('awardList:page', { filter: { year }, limit: 500 })).items.map((a) => a.memberId));
    const person = (await app.call('members:list', { status: 'active', offset: 0, limit: 50 })).items.find((m) => !awarded.has(m.id) && m.cccd)!;
    const union = (await app.call('unions:list', { offset: 0, limit: 50 })).items.find((u) => u.code && u.code !== person.unionCode && !u.dissolvedOn)!;

    await page.getByRole('menuitem', { name: 'Đề nghị khen thưởng' }).click();
    await expect(page.getByRole('heading', { name: 'Đề nghị khen thưởng', level: 4 })).toBeVisible();
    const form = await openDialog(page, 'Tạo đề nghị', 'Tạo đề nghị khen thưởng');
    // The next number is suggested from the year's cover letters.
    await expect(form.getByLabel('Số tờ trình')).toHaveValue(/^\d+\/TTr-/);
    await form.getByLabel('Số tờ trình').fill('88/TTr-LĐLĐ');
    await form.getByRole('combobox', { name: 'Hình thức khen thưởng' }).click();
    await option(page, 'Bằng khen của Liên đoàn Lao động thành phố').click();
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByText('Đã lưu đề nghị.')).toBeVisible();
    await expect(page.getByRole('heading', { name: /88\/TTr-LĐLĐ — Bằng khen/ })).toBeVisible();

    let dialog = await openDialog(page, 'Nhập tay', 'Thêm dòng đề nghị');
    await dialog.getByRole('combobox', { name: 'Đoàn viên (tìm trong hồ sơ)' }).fill(person.cccd!);
    await option(page, person.fullName).first().click();
    await expect(dialog.getByLabel('Họ và tên / Tên tập thể')).toHaveValue(person.fullName);
    await dialog.getByLabel('Thành tích').fill('Hai năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();

    dialog = await openDialog(page, 'Nhập tay', 'Thêm dòng đề nghị');
    await dialog.getByRole('radio', { name: 'Tập thể' }).check();
    await dialog.getByRole('combobox', { name: 'Công đoàn cơ sở (tìm trong hồ sơ)' }).fill(union.code!);
    await option(page, union.code!).first().click();
    await dialog.getByLabel('Thành tích').fill('CĐCS vững mạnh tiêu biểu');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();

    const items = page.getByTestId('proposal-items');
    const personRow = items.getByRole('row').filter({ hasText: person.fullName });
    const unionRow = items.getByRole('row').filter({ hasText: union.name });
    await expect(personRow).toContainText(person.unionName);
    await expect(unionRow).toContainText('Đề nghị');

    await personRow.getByRole('checkbox').check();
    await page.getByRole('button', { name: /^(check )?Duyệt \(1\)$/ }).click();
    const approve = page.getByRole('dialog', { name: 'Duyệt 1 dòng theo quyết định của cấp trên' });
    await expect(approve.getByLabel('Số quyết định')).toBeFocused();
    await approve.getByLabel('Số quyết định').fill('777/QĐ-LĐLĐ');
    await approve.getByRole('button', { name: 'Duyệt' }).click();
    await expect(page.getByText('Đã duyệt 1 dòng và ghi khen thưởng.')).toBeVisible();
    await expect(personRow).toContainText('Được duyệt');
    await expect(personRow).toContainText('QĐ 777/QĐ-LĐLĐ');
    await expect(unionRow).toContainText('Đề nghị');

    // The cover letter, read back.
    const proposal = (await app.call('proposals:list', { year })).find((p) => p.number === '88/TTr-LĐLĐ')!;
    const letter = await app.call('proposals:exportLetter', { id: proposal.id });
    const xml = new PizZip(fs.readFileSync(letter.file)).file('word/document.xml')!.asText();
    expect(xml).toContain('Số: 88/TTr-LĐLĐ');
    expect(xml).toContain(person.fullName);

    await page.getByRole('menuitem', { name: 'Danh sách khen thưởng' }).click();
    await expect(page.getByRole('heading', { name: `Danh sách khen thưởng năm ${year}` })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Tìm theo tên người, đơn vị' }).fill(person.fullName);
    const awardRow = page.getByRole('row').filter({ hasText: '777/QĐ-LĐLĐ' });
    await expect(awardRow).toHaveCount(1);
    await expect(awardRow).toContainText(person.fullName);
    await expect(awardRow).toContainText(/\d{1,3}(\.\d{3})+ đ/);
    await expect(page.getByTestId('award-totals')).toContainText('Bằng khen của Liên đoàn Lao động thành phố');

    await page.getByRole('menuitem', { name: 'Đoàn viên' }).click();
    await page.getByPlaceholder(/Tìm theo tên, CCCD/).fill(person.cccd!);
    await expect(page.getByText('1 đoàn viên', { exact: true })).toBeVisible();
    await page.getByRole('gridcell', { name: person.fullName }).click();
    await page.getByRole('tab', { name: 'Khen thưởng' }).click();
    await expect(page.getByTestId('award-history')).toContainText('777/QĐ-LĐLĐ');
    await page.screenshot({ path: test.info().outputPath('member-awards.png') });
    await page.keyboard.press('Escape');

    await page.getByRole('menuitem', { name: 'Công đoàn cơ sở' }).click();
    await page.getByPlaceholder(UNION_SEARCH).fill(person.unionCode ?? person.unionName);
    await page.getByRole('link', { name: person.unionName }).click();
    await expect(page.getByTestId('award-history')).toContainText('777/QĐ-LĐLĐ');
    await expect(page.getByTestId('award-history')).toContainText('Hai năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở');
  });

  test('the demo proposal\'s cover letter prints on A4 portrait in the NĐ 30 format, the list on its own page', async ({ app }, info) => {
    test.skip(info.project.name !== 'web', 'page.pdf() needs headless Chromium');
    const { page } = app;
    await loadDemo(app);
    const year = (await app.call('settings:get', {}))['office.workingYear'];
    const [summary] = await app.call('proposals:list', { year });
    const proposal = await app.call('proposals:get', { id: summary!.id });
    await page.getByRole('menuitem', { name: 'Đề nghị khen thưởng' }).click();
    await page.getByRole('button', { name: proposal.number, exact: true }).click();
    await page.getByRole('button', { name: 'Xem bản in' }).click();
    await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 20_000 });
    const pdf = info.outputPath('to-trinh.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages[0]).toContain(`Số: ${proposal.number}`);
    expect(pages[0]).toContain('TỜ TRÌNH');
    expect(pages[0]).toMatch(/ngày 20 tháng 11 năm \d{4}/);
    expect(pages[0]).toContain('TM. BAN THƯỜNG VỤ');
    // Page numbers from page 2, top centre.
    expect(pages[0]!.trim().split('\n')[0]).not.toMatch(/^\s*1\s*$/);
    expect(pages[1]!.trim().split('\n')[0]).toMatch(/^\s*2\s*$/);
    // Reading order (no -layout): a name wrapped in its cell comes out as consecutive lines.
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    const list = flat(execFileSync('pdftotext', ['-f', '2', pdf, '-'], { encoding: 'utf8' }));
    expect(list).toContain('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
    const rejected = proposal.items.find((i) => i.status === 'rejected')!;
    const kept = proposal.items.find((i) => i.status === 'approved' && i.recipientKind === 'individual')!;
    expect(list).toContain(flat(kept.recipientName));
    expect(list).not.toContain(flat(rejected.recipientName));
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  });
});
