import { expect, test } from './fixtures';
import { loadDemo, openDialog } from './steps';

test.describe('diacritic-free typing in pickers', () => {
  test('"ket nap" finds "Kết nạp" in the target picker; an award form with đ is found typed with d and no tones', async ({ app }) => {
    const { page } = app;
    await loadDemo(app);

    await page.getByRole('menuitem', { name: 'Chỉ tiêu' }).click();
    const dialog = await openDialog(page, 'Thêm chỉ tiêu', 'Thêm chỉ tiêu');
    await dialog.getByRole('combobox', { name: 'Số liệu gắn với chỉ tiêu' }).fill('ket nap');
    const option = page.locator('.ant-select-item-option').filter({ hasText: 'Kết nạp đoàn viên mới (đoàn viên)' });
    await expect(option).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('target-picker-ket-nap.png') });
    await option.click();
    await expect(dialog.getByLabel('Nội dung chỉ tiêu')).toHaveValue('Kết nạp đoàn viên mới');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await expect(dialog).toBeHidden();

    // Danh sách khen thưởng: the form picker, typed without tones and with d for đ.
    await page.getByRole('menuitem', { name: 'Danh sách khen thưởng' }).click();
    const kinds = await app.call('awardKinds:list', {});
    const form = kinds.find((kind) => kind.category === 'form' && /[đĐ]/.test(kind.name));
    expect(form, 'the catalogue has a form with đ in its name').toBeDefined();
    const typed = form!.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
    await page.getByRole('combobox', { name: 'Hình thức' }).fill(typed);
    await expect(page.locator('.ant-select-item-option').filter({ hasText: form!.name }).first()).toBeVisible();
  });
});
