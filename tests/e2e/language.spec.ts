import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadDemo, openDialog } from './steps';

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Opens the base-salary dialog's calendar: its month/year switch is antd's own text. */
async function antdCalendarText(page: Page, addButton: string, dialogTitle: string, calendarButton: string, month: string) {
  const dialog = await openDialog(page, addButton, dialogTitle);
  await dialog.getByRole('button', { name: calendarButton }).click();
  const monthSwitch = page.getByText(month, { exact: true });
  await expect(monthSwitch).toBeVisible();
  // Esc closes the picker first, then (once the picker has gone) the dialog.
  await page.keyboard.press('Escape');
  await expect(monthSwitch).toBeHidden();
  // The picker's leave animation holds the top of antd's Esc stack for a few frames after its text
  // is hidden; a clerk whose first Esc lands there presses again, so the test does too.
  await expect(async () => {
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
}

test('the UI switches to English and back; the choice is stored in the backend', async ({ app }) => {
  await loadDemo(app);
  let { page } = app;
  const year = new Date().getFullYear();

  expect(await htmlLang(page)).toBe('vi');
  await expect(page.getByRole('menuitem', { name: 'Tổng quan' })).toBeVisible();
  await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
  await antdCalendarText(page, 'Thêm mức lương cơ sở', 'Mức lương cơ sở', 'Chọn ngày trên lịch', 'Tháng');

  await page.getByRole('radiogroup', { name: 'Ngôn ngữ' }).getByText('English', { exact: true }).click();

  await expect(page.getByRole('menuitem', { name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Settings', level: 4 })).toBeVisible();
  await expect(page.getByTestId('working-year')).toHaveText(`Working year ${year}`);
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await expect.poll(() => htmlLang(page)).toBe('en');
  expect((await app.call('settings:get', {}))['ui.language']).toBe('en');
  // antd's own texts follow (its locale, not our messages).
  await antdCalendarText(page, 'Add a base salary', 'Base salary', 'Pick a date on the calendar', 'Month');

  // The backend, not just this browser's storage, remembers the choice.
  await page.evaluate(() => localStorage.clear());
  await app.reload();
  page = app.page;
  await expect(page.getByRole('heading', { name: 'Settings', level: 4 })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Office name' })).toBeVisible();
  await expect.poll(() => htmlLang(page)).toBe('en');

  await page.getByRole('radiogroup', { name: 'Language' }).getByText('Tiếng Việt', { exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'Tổng quan' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Cài đặt', level: 4 })).toBeVisible();
  await expect(page.getByTestId('working-year')).toHaveText(`Năm làm việc ${year}`);
  await expect.poll(() => htmlLang(page)).toBe('vi');
  expect((await app.call('settings:get', {}))['ui.language']).toBe('vi');
});

test('the language can be chosen on the first-run screen', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Chào mừng đến với UnionDesk' })).toBeVisible();
  await page.getByRole('radiogroup', { name: 'Ngôn ngữ' }).getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to UnionDesk' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load demo data' })).toBeVisible();
  await expect.poll(() => htmlLang(page)).toBe('en');
  expect((await app.call('settings:get', {}))['ui.language']).toBe('en');
  // Choosing a language is not choosing how to start.
  expect((await app.call('app:info', {})).setupDone).toBe(false);
});
