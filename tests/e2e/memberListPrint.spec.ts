import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadDemo, parseViNumber } from './steps';

/** The number the screen shows next to the title ("306 đoàn viên" / "306 members"). */
async function screenTotal(page: Page): Promise<number> {
  const total = page.getByTestId('members-total');
  await expect(total).toHaveText(/^[\d.]+ /);
  return parseViNumber((await total.innerText()).split(' ')[0]!.replace(/,/g, '.'));
}

async function printedRows(page: Page) {
  await page.getByRole('button', { name: /In danh sách|Print the list/ }).click();
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 90_000 });
  return page.locator('table.print-list tbody tr');
}

test.describe('member list printout', () => {
  // A CĐCS of several hundred members, printed twice, on a shared machine.
  test.setTimeout(180_000);
  test('prints exactly the members the filter shows, with a status column', async ({ app }, info) => {
    test.skip(info.project.name !== 'web', 'page.pdf() needs headless Chromium');
    const { page } = app;
    await loadDemo(app);
    const unions = (await app.call('unions:list', { offset: 0, limit: 500 })).items;
    const biggest = unions.reduce((a, b) => (b.activeMembers > a.activeMembers ? b : a));
    const all = await app.call('members:list', { organizationId: biggest.id, offset: 0, limit: 1 });
    const active = await app.call('members:list', { organizationId: biggest.id, status: 'active', offset: 0, limit: 1 });
    // The CĐCS has members who are no longer active, so a list that ignores the filter prints more.
    expect(all.total).toBeGreaterThan(active.total);

    // The screen's default filter: active members of the CĐCS.
    const base = page.url().split('#')[0];
    await page.goto(`${base}#/members?union=${biggest.id}`);
    expect(await screenTotal(page)).toBe(active.total);
    const rows = await printedRows(page);
    await expect(rows).toHaveCount(active.total);
    await expect(page.getByTestId('print-filter')).toHaveText('Trạng thái: Đang sinh hoạt');
    await expect(page.locator('table.print-list thead')).toContainText('Trạng thái');
    const statuses = await page.locator('table.print-list tbody tr td:last-child').allInnerTexts();
    expect(new Set(statuses)).toEqual(new Set(['Đang sinh hoạt']));
    const pdf = info.outputPath('danh-sach-dang-sinh-hoat.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Trạng thái: Đang sinh hoạt');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, info.outputPath('danh-sach')]);

    // Every status: the same CĐCS, the status filter cleared on screen.
    await page.goto(`${base}#/members?union=${biggest.id}`);
    await page.reload();
    const status = page.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: 'Trạng thái' }) });
    await status.hover();
    await status.locator('.ant-select-clear').click();
    await expect.poll(() => screenTotal(page)).toBe(all.total);
    const allRows = await printedRows(page);
    await expect(allRows).toHaveCount(all.total);
    await expect(page.getByTestId('print-filter')).toHaveText('Mọi trạng thái');
    const mixed = new Set(await page.locator('table.print-list tbody tr td:last-child').allInnerTexts());
    expect(mixed.has('Đang sinh hoạt')).toBe(true);
    expect(mixed.size).toBeGreaterThan(1);
  });

  test('prints in Vietnamese when the screen is in English (official documents are always Vietnamese)', async ({ app }) => {
    const { page } = app;
    await loadDemo(app);
    await app.call('settings:update', { 'ui.language': 'en' });
    await app.reload();
    const unions = (await app.call('unions:list', { offset: 0, limit: 500 })).items;
    await app.page.goto(`${app.page.url().split('#')[0]}#/members?union=${unions[0]!.id}`);
    await expect(app.page.getByRole('button', { name: 'Print the list' })).toBeVisible();
    await printedRows(app.page);
    await expect(app.page.locator('.print-page .title')).toHaveText('DANH SÁCH ĐOÀN VIÊN');
    await expect(app.page.locator('table.print-list thead')).toContainText('Họ và tên');
    await expect(app.page.locator('table.print-list thead')).toContainText('Trạng thái');
    // The toolbar, which does not print, stays in the user's language.
    await expect(app.page.getByRole('button', { name: 'Back' })).toBeVisible();
    void page;
  });
});
