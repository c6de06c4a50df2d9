import { expect, test } from './fixtures';
import { loadDemo } from './steps';

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();

test.describe('names pasted into an award list', () => {
  test('are linked to the demo members and CĐCS, row by row, before they join the list', async ({ app }) => {
    const { page } = app;
    await loadDemo(app);
    const members = (await app.call('members:list', { status: 'active', offset: 0, limit: 400 })).items;
    const counts = new Map<string, number>();
    for (const m of members) counts.set(fold(m.fullName), (counts.get(fold(m.fullName)) ?? 0) + 1);
    const unique = members.find((m) => counts.get(fold(m.fullName)) === 1 && (m.unionShortName || m.unionName))!;
    const union = (await app.call('unions:list', { offset: 0, limit: 50 })).items.find((u) => !u.dissolvedOn)!;
    const search = await app.call('members:search', { query: fold(unique.fullName), limit: 50 });
    expect(search.items.filter((m) => fold(m.fullName) === fold(unique.fullName))).toHaveLength(1);

    await page.getByRole('menuitem', { name: 'Quyết định khen thưởng' }).click();
    await page.getByRole('button', { name: 'Thêm quyết định' }).click();
    const drawer = page.getByRole('dialog', { name: 'Quyết định khen thưởng mới' });
    await drawer.getByRole('button', { name: 'Dán từ Excel' }).click();
    const modal = page.getByRole('dialog', { name: 'Dán danh sách từ Excel' });
    const text = [
      'Họ và tên\tĐơn vị\tThành tích\tLoại',
      `${fold(unique.fullName)}\t${unique.unionShortName || unique.unionName}\tLao động giỏi\tCá nhân`,
      `${union.name}\t\tHoàn thành xuất sắc nhiệm vụ\tTập thể`,
      'Người Ngoài Danh Sách\tCông ty khác\tTích cực\tCá nhân',
    ].join('\n');
    await modal.getByRole('textbox', { name: 'Dán danh sách từ Excel' }).fill(text);
    const preview = modal.getByTestId('match-preview');
    await expect(preview.getByRole('row').filter({ hasText: fold(unique.fullName) })).toContainText('Đã liên kết (tên không dấu + đơn vị)');
    await expect(preview.getByRole('row').filter({ hasText: union.name })).toContainText('Đã liên kết (trùng tên, đơn vị)');
    await expect(preview.getByRole('row').filter({ hasText: 'Người Ngoài Danh Sách' })).toContainText('Không có trong dữ liệu');
    await expect(modal).toContainText('Đã liên kết 2/3 dòng');
    await page.screenshot({ path: test.info().outputPath('paste-preview.png') });
  });
});
