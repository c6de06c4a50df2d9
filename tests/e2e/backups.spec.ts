import { expect, test } from './fixtures';
import { loadDemo } from './steps';

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
