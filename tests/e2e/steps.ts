import type { Page } from '@playwright/test';
import { expect, type UnionDeskApp } from './fixtures';

/** The demo office's name (the seed names it so from working year 2025 on). */
export const DEMO_OFFICE = 'Công đoàn phường Chương Mỹ';

/**
 * A whole number written the Vietnamese way (1234567 → '1.234.567'). Written here on purpose,
 * not imported from the app, so that the app's formatter is checked rather than trusted.
 */
export function viNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** '1.234' → 1234 (the inverse of viNumber for whole numbers). */
export function parseViNumber(text: string): number {
  expect(text, `"${text}" is a Vietnamese-style whole number`).toMatch(/^\d{1,3}(?:\.\d{3})*$/);
  return Number(text.replaceAll('.', ''));
}

/** The Nghị định 30 place-and-date line for today: 'Đà Nẵng, ngày 05 tháng 3 năm 2026'. */
export function dateLine(place: string, date = new Date()): string {
  const day = String(date.getDate()).padStart(2, '0');
  const month = date.getMonth() + 1;
  return `${place}, ngày ${day} tháng ${month <= 2 ? `0${month}` : month} năm ${date.getFullYear()}`;
}

export async function expectWelcome(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Chào mừng đến với UnionDesk' })).toBeVisible();
}

/** First run → "Nạp dữ liệu mẫu" → the dashboard of the demo office. */
export async function loadDemo(app: UnionDeskApp): Promise<void> {
  const { page } = app;
  await expectWelcome(page);
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await expect(page.getByTestId('office-name')).toHaveText(DEMO_OFFICE, { timeout: 20_000 });
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 4 })).toBeVisible();
  await expect(page.getByTestId('card-grassroots')).toBeVisible();
}

export async function openSettings(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
  await expect(page.getByRole('heading', { name: 'Cài đặt', level: 4 })).toBeVisible();
  await expect(page).toHaveURL(/#\/settings$/);
}

/**
 * Clicks the button that opens a dialog and waits until the dialog has taken the focus (the
 * end of its opening), so that a click inside cannot be undone by that focus move.
 */
export async function openDialog(page: Page, button: string, title: string) {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  await expect.poll(() => dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  return dialog;
}
