import path from 'node:path';
import { heldBy } from './backupHolds';
import { expect, test } from './fixtures';
import { RENAMED_OFFICE, renameAndOpenRestore } from './restoreSteps';
import { DEMO_OFFICE, loadDemo, viNumber } from './steps';

test('the dashboard reminds that no backup left the PC; the day\'s automatic copy is in backups/auto', async ({ app }, testInfo) => {
  test.setTimeout(60_000);
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await loadDemo(app);
  const banner = page.getByTestId('backup-reminder');
  await expect(banner).toContainText('Dữ liệu chưa được sao lưu ra ngoài máy');
  await expect(banner).toContainText('Chưa có bản sao lưu nào ra ngoài máy');
  await expect(banner.getByRole('button', { name: 'Sao lưu ra USB…' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('backup-reminder-1366.png') });
  const status = await app.call('backups:status', {});
  expect(status.lastAutomaticAt).not.toBeNull();
  expect(status.remind).toBe(true);
});

test('"Khôi phục từ bản sao lưu…" shows what the backup holds first, then brings it back', async ({ app }, testInfo) => {
  test.setTimeout(90_000);
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await loadDemo(app);
  const written = await app.call('db:backup', {});
  const name = path.basename(written.file);
  const held = heldBy(written.file);
  const dialog = await renameAndOpenRestore(app);
  await dialog.getByRole('radio', { name: new RegExp(name.replace(/[.]/g, '\\.')) }).check();
  const preview = dialog.getByTestId('restore-preview');
  const day = new Date();
  const today = `${String(day.getDate()).padStart(2, '0')}/${String(day.getMonth() + 1).padStart(2, '0')}/${day.getFullYear()}`;
  await expect(preview).toContainText(
    `Bản sao lưu ngày ${today}: ${viNumber(held.unions)} CĐCS, ${viNumber(held.members)} đoàn viên, ${viNumber(held.decisions)} quyết định`,
  );
  await expect(page.getByTestId('office-name')).toHaveText(RENAMED_OFFICE);
  await page.screenshot({ path: testInfo.outputPath('restore-preview-1366.png') });

  await dialog.getByRole('button', { name: 'Khôi phục', exact: true }).click();
  const done = page.getByRole('dialog').filter({ hasText: 'Đã khôi phục dữ liệu' });
  await expect(done).toContainText('before-restore-');
  await done.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByTestId('office-name')).toHaveText(DEMO_OFFICE, { timeout: 20_000 });
  const backups = await app.call('backups:list', {});
  expect(backups.some((backup) => backup.name.startsWith('before-restore-'))).toBe(true);
});
