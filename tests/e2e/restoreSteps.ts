import type { Locator } from '@playwright/test';
import { expect, type UnionDeskApp } from './fixtures';
import { openSettings } from './steps';

/** The office's name once the live data has moved on after the backup. */
export const RENAMED_OFFICE = 'Công đoàn đổi tên sau sao lưu';

/** The office renamed after the backup (the window reloaded to show it), then "Khôi phục từ bản sao lưu…" opened: its dialog. */
export async function renameAndOpenRestore(app: UnionDeskApp): Promise<Locator> {
  const { page } = app;
  await app.call('settings:update', { 'office.name': RENAMED_OFFICE });
  await page.reload();
  await expect(page.getByTestId('office-name')).toHaveText(RENAMED_OFFICE);
  await openSettings(page);
  await page.getByRole('button', { name: 'Khôi phục từ bản sao lưu…' }).click();
  return page.getByRole('dialog', { name: 'Khôi phục từ bản sao lưu' });
}
