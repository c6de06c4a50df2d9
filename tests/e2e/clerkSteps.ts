import type { Locator, Page } from '@playwright/test';
import { expect, type UnionDeskApp } from './fixtures';
import { loadDemo } from './steps';

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

/**
 * The demo office at 1366×768, the working year's peak campaign open on one tab, and that tab's
 * table (by its test id) showing its first rows: a search typed before they came would race them.
 */
export async function openPeakCampaignTab(app: UnionDeskApp, tab: string, tableTestId: string) {
  const { page } = app;
  await loadDemo(app);
  await page.setViewportSize({ width: 1366, height: 768 });
  const year = (await app.call('settings:get', {}))['office.workingYear'];
  const peak = (await app.call('campaigns:list', { year })).find((c) => c.kind === 'peak')!;
  await page.goto(`${app.url.split('#')[0]}#/campaigns?id=${peak.id}`);
  const detail = page.getByRole('dialog', { name: peak.name });
  await detail.getByRole('tab', { name: tab }).click();
  const table = detail.getByTestId(tableTestId);
  await expect(table.locator('tr.ant-table-row').first()).toBeVisible();
  return { page, detail, table, campaignId: peak.id, year };
}
