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

/**
 * On the members screen, ticks the first active member (found by CCCD) and opens "Chuyển sinh hoạt"
 * with another open CĐCS chosen; the dialog is left open for the date and decision.
 */
export async function startTransfer(app: UnionDeskApp) {
  const { page } = app;
  const [member] = (await app.call('members:list', { status: 'active', offset: 0, limit: 1 })).items;
  if (!member?.cccd) throw new Error('the demo office has no active member with a CCCD');
  const unions = (await app.call('unions:list', { offset: 0, limit: 200 })).items;
  const target = unions.find((u) => u.code !== member.unionCode && u.dissolvedOn === null);
  if (!target?.code) throw new Error('the demo office has no other open CĐCS');

  await page.getByRole('menuitem', { name: 'Đoàn viên' }).click();
  await page.getByPlaceholder(/Tìm theo tên, CCCD/).fill(member.cccd);
  // Wait for the search to have replaced the list (a tick before it, the selection would be lost).
  await expect(page.getByText('1 đoàn viên', { exact: true })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: member.fullName });
  await expect(row).toHaveCount(1);
  await row.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Chuyển sinh hoạt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Chuyển sinh hoạt 1 đoàn viên' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox').first().fill(target.code);
  await page.getByRole('option', { name: new RegExp(target.code) }).first().click();
  return { member, target, row, dialog };
}
