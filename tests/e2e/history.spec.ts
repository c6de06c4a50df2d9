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

test.describe('Hoàn tác', () => {
  test('delete a member, Hoàn tác in the message: the member is back; the history screen shows both', async ({ app }, testInfo) => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await loadDemo(app);
    const [member] = (await app.call('members:list', { status: 'active', offset: 0, limit: 1 })).items;
    const before = await app.call('members:get', { id: member!.id });

    await page.getByRole('menuitem', { name: 'Đoàn viên' }).click();
    await page.getByPlaceholder(/Tìm theo tên, CCCD/).fill(member!.cccd!);
    await expect(page.getByText('1 đoàn viên', { exact: true })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: member!.fullName });
    await row.getByRole('checkbox').check();
    await page.getByRole('button').filter({ hasText: /^Xóa$/ }).click();
    await page.getByRole('button', { name: 'Xóa 1 đoàn viên' }).click();
    const notice = page.locator('.ant-message-notice').filter({ hasText: 'Đã xóa 1 đoàn viên.' });
    await expect(notice).toBeVisible();
    await expect(page.getByText('0 đoàn viên', { exact: true })).toBeVisible();
    await notice.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect(page.getByText('Đã hoàn tác: dữ liệu đã trở lại như trước.')).toBeVisible();
    await expect(page.getByText('1 đoàn viên', { exact: true })).toBeVisible();
    expect(await app.call('members:get', { id: member!.id })).toEqual(before);

    await page.getByRole('menuitem', { name: 'Lịch sử thay đổi' }).click();
    await expect(page.getByRole('row').filter({ hasText: `Xóa đoàn viên ${member!.fullName}` })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: `Khôi phục đoàn viên ${member!.fullName}` })).toBeVisible();
    const shot = testInfo.outputPath('history-undo.png');
    await page.screenshot({ path: shot });
    await testInfo.attach('history-undo', { path: shot, contentType: 'image/png' });
  });
});
