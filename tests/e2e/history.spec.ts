import { expect, test } from './fixtures';
import { loadDemo } from './steps';

test.describe('change history', () => {
  test("an edit shows old → new in the member's drawer and on the Lịch sử thay đổi screen", async ({ app }, testInfo) => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await loadDemo(app);
    const [item] = (await app.call('members:list', { status: 'active', offset: 0, limit: 1 })).items;
    const { member } = await app.call('members:get', { id: item!.id });
    await app.call('members:update', { id: member.id, draft: { ...member, phone: '0987654321', birthDate: '1991-04-05' } });

    await page.getByRole('menuitem', { name: 'Đoàn viên' }).click();
    await page.getByPlaceholder(/Tìm theo tên, CCCD/).fill(member.cccd ?? member.fullName);
    await page.getByRole('row').filter({ hasText: member.fullName }).first().getByRole('gridcell', { name: member.fullName }).click();
    await page.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
    const tab = page.getByTestId('record-history');
    await expect(tab).toContainText(`Sửa đoàn viên ${member.fullName}`);
    await expect(tab.getByRole('row').filter({ hasText: 'Điện thoại' })).toContainText('0987654321');
    await expect(tab.getByRole('row').filter({ hasText: 'Ngày sinh' })).toContainText('05/04/1991');

    await tab.getByRole('button', { name: 'Mở trong Lịch sử thay đổi' }).click();
    await expect(page).toHaveURL(new RegExp(`#/history\\?kind=members&id=${member.id}$`));
    await expect(page.getByRole('heading', { name: 'Lịch sử thay đổi' })).toBeVisible();
    await expect(page.getByText(`Bản ghi số ${member.id}`)).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: `Sửa đoàn viên ${member.fullName}` });
    await expect(row).toContainText('Ngày sinh');
    await expect(row).toContainText('→ 05/04/1991');
    const shot = testInfo.outputPath('history.png');
    await page.screenshot({ path: shot });
    await testInfo.attach('history', { path: shot, contentType: 'image/png' });
  });
});
