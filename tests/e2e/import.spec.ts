import { messyMemberWorkbook } from '../fixtures/messyMemberWorkbook';
import { expect, test } from './fixtures';
import { loadDemo } from './steps';

test.describe('import members from Excel', () => {
  test('a messy list: problems by sheet row and column, one row fixed, valid rows imported, searchable', async ({ app }) => {
    const { page } = app;
    await loadDemo(app);
    const unions = await app.call('unions:list', { offset: 0, limit: 2 });
    const codes = unions.items.map((u) => u.code!) as [string, string];
    const before = (await app.call('members:list', { offset: 0, limit: 1 })).total;

    await page.getByRole('menuitem', { name: 'Nhập từ Excel' }).click();
    await page.locator('input[type=file]').setInputFiles({
      name: 'danh-sach-doan-vien.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(messyMemberWorkbook(codes)),
    });
    await expect(page.getByText('Dòng tiêu đề: dòng 7 của trang "Danh sách"')).toBeVisible();
    await page.getByRole('button', { name: 'Tiếp' }).click();
    await expect(page.getByText('Ghép cột', { exact: true }).first()).toBeVisible();
    await page.getByRole('button', { name: 'Tiếp' }).click();

    const problems = page.locator('table').filter({ hasText: 'Vấn đề' });
    await expect(problems.getByRole('row')).toHaveCount(5);
    await expect(problems).toContainText("'31/02/1990' không có thật");
    await expect(problems.getByRole('row').nth(1)).toContainText('13');
    await expect(problems.getByRole('row').nth(4)).toContainText('16');
    await expect(problems).toContainText('Số CCCD');

    // The clerk corrects the impossible date in Excel and picks the file again.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Chọn lại tệp' }).click();
    await (await chooser).setFiles({
      name: 'danh-sach-doan-vien.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(messyMemberWorkbook(codes, 'xlsx', { fixDate: true })),
    });
    await expect(problems.getByRole('row')).toHaveCount(4);
    await expect(problems).not.toContainText('31/02/1990');

    await page.getByRole('button', { name: /^Nhập 5 dòng hợp lệ$/ }).click();
    await expect(page.getByText(/Đã nhập 5 đoàn viên.*3 dòng lỗi/)).toBeVisible({ timeout: 20_000 });
    expect((await app.call('members:list', { offset: 0, limit: 1 })).total).toBe(before + 5);

    await page.getByRole('button', { name: 'Xem danh sách đoàn viên' }).click();
    await page.getByRole('searchbox').or(page.getByPlaceholder(/Tìm theo tên/)).first().fill('nguyen van duc');
    await expect(page.getByRole('gridcell', { name: 'Nguyễn Văn Đức' }).first()).toBeVisible();
    const hits = await app.call('members:list', { search: 'nguyen van duc', offset: 0, limit: 50 });
    expect(hits.items.some((m) => m.cccd === '001085777001')).toBe(true);
  });
});
