import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadDemo } from './steps';

async function chooseWorkingYear(page: Page, year: number) {
  await page.getByTestId('working-year').click();
  await page.getByRole('menuitem', { name: `Năm ${year}`, exact: true }).click();
  await expect(page.getByTestId('working-year')).toHaveText(`Năm làm việc ${year}`);
}

test.describe('working year chip', () => {
  test('the header chip switches the working year; open screens and later ones follow it', async ({ app }) => {
    const { page } = app;
    await loadDemo(app);
    const start = (await app.call('settings:get', {}))['office.workingYear'];
    const previous = start - 1;

    // On a screen that is already open: its year field follows the switch.
    await page.getByRole('menuitem', { name: 'Quyết định khen thưởng' }).click();
    const decisionsYear = page.getByRole('spinbutton', { name: 'Năm' });
    await expect(decisionsYear).toHaveValue(String(start));
    await chooseWorkingYear(page, previous);
    await expect(page.getByText(`Đã chuyển sang năm làm việc ${previous}.`)).toBeVisible();
    await expect(decisionsYear).toHaveValue(String(previous));
    expect((await app.call('settings:get', {}))['office.workingYear']).toBe(previous);

    // Screens opened afterwards start from it.
    await page.getByRole('menuitem', { name: 'Thống kê' }).click();
    await expect(page.getByRole('spinbutton', { name: 'Năm' })).toHaveValue(String(previous));
    await page.getByRole('menuitem', { name: 'Báo cáo tổng kết' }).click();
    await expect(page.getByRole('heading', { level: 3 })).toContainText(`Năm ${previous}`);
    await page.getByRole('menuitem', { name: 'Danh sách khen thưởng' }).click();
    await expect(page.getByRole('spinbutton', { name: 'Năm' })).toHaveValue(String(previous));

    // Settings shows the new year, and saving it there keeps it.
    await chooseWorkingYear(page, start);
    await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
    await expect(page.getByRole('spinbutton', { name: 'Năm làm việc' })).toHaveValue(String(start));
    await chooseWorkingYear(page, previous);
    await expect(page.getByRole('spinbutton', { name: 'Năm làm việc' })).toHaveValue(String(previous));
    await page.getByRole('button', { name: 'Lưu' }).first().click();
    await expect(page.getByText('Đã lưu.')).toBeVisible();
    expect((await app.call('settings:get', {}))['office.workingYear']).toBe(previous);

    // The keyboard reaches it too.
    await page.getByTestId('working-year').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: `Năm ${start}`, exact: true })).toBeVisible();
  });
});
