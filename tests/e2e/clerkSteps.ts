import type { Locator, Page } from '@playwright/test';

/** Clicks into a field, selects all with Ctrl+A and types over it, key by key. */
export async function typeOver(field: Locator, text: string) {
  await field.click();
  await field.press('Control+a');
  await field.pressSequentially(text);
}

/** Empties a field the way a clerk does: from the end, one Backspace per character. */
export async function emptyWithBackspace(field: Locator) {
  await field.click();
  await field.press('End');
  const length = (await field.inputValue()).length;
  for (let i = 0; i < length; i += 1) await field.press('Backspace');
}

/** The question a dirty form asks before it closes. */
export const discard = (page: Page) => page.getByRole('dialog').filter({ hasText: 'Bỏ các thay đổi chưa lưu?' });
