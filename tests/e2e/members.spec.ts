import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { loadDemo, viNumber } from './steps';
import { startTransfer } from './clerkSteps';

test.describe('members', () => {
  test('search ignores diacritics and đ: "duc" finds "Đức"', async ({ app }) => {
    const { page } = app;
    await loadDemo(app);
    await page.getByRole('menuitem', { name: 'Đoàn viên' }).click();
    await page.getByPlaceholder(/Tìm theo tên, CCCD/).fill('duc');
    const expected = await app.call('members:list', { search: 'duc', status: 'active', offset: 0, limit: 1 });
    expect(expected.items[0]?.fullName).toMatch(/Đức/);
    await expect(page.getByRole('gridcell', { name: expected.items[0]!.fullName }).first()).toBeVisible();
    await expect(page.getByText(new RegExp(`${viNumber(expected.total)}`)).first()).toBeVisible();
  });

  test("a member's transfer to another CĐCS shows in their history", async ({ app }) => {
    const { page } = app;
    await loadDemo(app);
    const { member, target, row, dialog } = await startTransfer(app);
    await dialog.getByRole('button', { name: 'Chuyển sinh hoạt' }).click();
    await expect(page.getByText(`Đã chuyển 1 đoàn viên sang ${target.name}.`)).toBeVisible();

    await row.getByRole('gridcell', { name: member.fullName }).click();
    await page.getByRole('tab', { name: 'Quá trình sinh hoạt' }).click();
    const history = page.getByRole('tabpanel', { name: 'Quá trình sinh hoạt' });
    await expect(history).toContainText('Chuyển đi');
    await expect(history).toContainText('Chuyển đến');
    await expect(history).toContainText(target.name);
    const saved = await app.call('members:get', { id: member.id });
    expect(saved.member.organizationId).toBe(target.id);
    expect(saved.movements.map((m) => m.kind)).toEqual(expect.arrayContaining(['transferred_out', 'transferred_in']));
  });

  test('the filtered list exports to .xlsx that ExcelJS reads with the same rows', async ({ app }) => {
    const { page } = app;
    await loadDemo(app);
    // From a CĐCS's page, "Xem đoàn viên" opens the list filtered by that CĐCS.
    const union = (await app.call('unions:list', { offset: 0, limit: 50 })).items.find((u) => u.activeMembers > 2)!;
    await page.getByRole('menuitem', { name: 'Công đoàn cơ sở' }).click();
    await page.getByRole('link', { name: union.name }).click();
    await page.getByRole('button', { name: 'Xem đoàn viên' }).click();
    await expect(page).toHaveURL(new RegExp(`#/members\\?union=${union.id}$`));
    const expected = await app.call('members:list', { organizationId: union.id, status: 'active', offset: 0, limit: 500 });
    expect(expected.total).toBe(union.activeMembers);
    await page.getByRole('button', { name: 'Xuất Excel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xuất danh sách đang lọc ra Excel' });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Xuất Excel' }).click();
    const file = await (await download).path();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(2).value).toBe('Họ và tên');
    expect(sheet.rowCount - 1).toBe(expected.total);
    expect(sheet.getRow(2).getCell(2).value).toBe(expected.items[0]!.fullName);
    expect(sheet.getRow(3).getCell(2).value).toBe(expected.items[1]!.fullName);
  });

  test('the list prints on A4 landscape with Vietnamese intact, the header on every page and page numbers', async ({ app }, info) => {
    test.skip(info.project.name !== 'web', 'page.pdf() needs headless Chromium');
    test.setTimeout(120_000);
    const { page } = app;
    await loadDemo(app);
    const unions = (await app.call('unions:list', { offset: 0, limit: 500 })).items;
    const biggest = unions.reduce((a, b) => (b.activeMembers > a.activeMembers ? b : a));
    expect(biggest.activeMembers).toBeGreaterThan(60);
    await page.goto(`${page.url().split('#')[0]}#/members?union=${biggest.id}`);
    await page.getByRole('button', { name: 'In danh sách' }).click();
    await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 20_000 });
    const pdf = info.outputPath('danh-sach.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const first = (await app.call('members:list', { organizationId: biggest.id, status: 'active', offset: 0, limit: 1 })).items[0]!;
    expect(text).toContain(biggest.name.replace(/^Công đoàn cơ sở /, ''));
    expect(text).toContain('DANH SÁCH ĐOÀN VIÊN');
    expect(text).toContain('CÔNG ĐOÀN PHƯỜNG CHƯƠNG MỸ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain(first.fullName);
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[1]).toContain('Họ và tên');
    // The page number at the top centre from page 2 (shared/domain/documents/officialPage.ts).
    expect(pages[1]!.trimStart().split('\n')[0]!.trim()).toBe('2');
    expect(pages[0]!.trimStart().split('\n')[0]!.trim()).not.toBe('1');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/Tinos-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });
});
