import { expect, test } from './fixtures';
import { DEMO_OFFICE, dateLine, loadDemo, openDialog, openSettings } from './steps';

const OFFICE_NAME = 'Tên đơn vị (văn phòng của bạn)';
const PLACE_NAME = 'Địa danh ghi trên văn bản';
const WORKING_YEAR = 'Năm làm việc';

test.describe('settings', () => {
  test.beforeEach(async ({ app }) => {
    await loadDemo(app);
    await openSettings(app.page);
  });

  test('office details are edited and saved by keyboard alone, and kept after a reload', async ({ app }) => {
    const { page } = app;
    const name = page.getByRole('textbox', { name: OFFICE_NAME });
    const place = page.getByRole('textbox', { name: PLACE_NAME });
    const year = page.getByRole('spinbutton', { name: WORKING_YEAR });
    await expect(name).toHaveValue(DEMO_OFFICE);
    await expect(place).toHaveValue('Hà Nội');
    await expect(page.getByText(`Dùng trong dòng "${dateLine('Hà Nội')}"`)).toBeVisible();

    // Focus the first field, then only the keyboard: select-all + type, Tab to the next field.
    await name.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Công đoàn xã Phú Nghĩa');
    await page.keyboard.press('Tab'); // → Tên viết tắt
    await expect(page.getByRole('textbox', { name: 'Tên viết tắt' })).toBeFocused();
    await page.keyboard.press('Tab'); // → Năm làm việc
    await expect(year).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2025');
    await page.keyboard.press('Tab'); // → Công đoàn cấp trên
    await page.keyboard.press('Tab'); // → Địa danh ghi trên văn bản
    await expect(place).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Đà Nẵng');
    // The date line under the field follows the typing, before anything is saved.
    await expect(page.getByText(`Dùng trong dòng "${dateLine('Đà Nẵng')}"`)).toBeVisible();
    await expect(page.getByTestId('office-name')).toHaveText(DEMO_OFFICE);

    await page.keyboard.press('Enter');
    await expect(page.getByText('Đã lưu.', { exact: true })).toBeVisible();
    await expect(page.getByTestId('office-name')).toHaveText('Công đoàn xã Phú Nghĩa');
    await expect(page.getByTestId('working-year')).toHaveText('Năm làm việc 2025');
    const saved = await app.call('settings:get', {});
    expect(saved['office.name']).toBe('Công đoàn xã Phú Nghĩa');
    expect(saved['office.placeName']).toBe('Đà Nẵng');
    expect(saved['office.workingYear']).toBe(2025);

    await app.reload();
    await expect(app.page.getByRole('heading', { name: 'Cài đặt', level: 4 })).toBeVisible();
    await expect(app.page.getByTestId('office-name')).toHaveText('Công đoàn xã Phú Nghĩa');
    await expect(app.page.getByTestId('working-year')).toHaveText('Năm làm việc 2025');
    await expect(app.page.getByRole('textbox', { name: OFFICE_NAME })).toHaveValue('Công đoàn xã Phú Nghĩa');
    await expect(app.page.getByRole('textbox', { name: PLACE_NAME })).toHaveValue('Đà Nẵng');
    await expect(app.page.getByRole('spinbutton', { name: WORKING_YEAR })).toHaveValue('2025');
    await expect(app.page.getByText(`Dùng trong dòng "${dateLine('Đà Nẵng')}"`)).toBeVisible();
  });

  test('an empty office name is refused with a Vietnamese message and nothing is saved', async ({ app }) => {
    const { page } = app;
    const name = page.getByRole('textbox', { name: OFFICE_NAME });
    await expect(name).toHaveValue(DEMO_OFFICE);
    // Change another field too: a refused form must save none of it.
    await page.getByRole('textbox', { name: PLACE_NAME }).fill('Huế');
    await name.fill('');
    await name.press('Enter');

    await expect(page.getByText('Vui lòng nhập tên đơn vị (văn phòng của bạn).', { exact: true })).toBeVisible();
    await expect(page.getByText('Đã lưu.', { exact: true })).toHaveCount(0);
    await expect(page.getByTestId('office-name')).toHaveText(DEMO_OFFICE);
    const settings = await app.call('settings:get', {});
    expect(settings['office.name']).toBe(DEMO_OFFICE);
    expect(settings['office.placeName']).toBe('Hà Nội');

    await app.reload();
    await expect(app.page.getByRole('textbox', { name: OFFICE_NAME })).toHaveValue(DEMO_OFFICE);
    await expect(app.page.getByRole('textbox', { name: PLACE_NAME })).toHaveValue('Hà Nội');
    await expect(app.page.getByTestId('office-name')).toHaveText(DEMO_OFFICE);
  });

  test('base salary: add a row, refuse a duplicate date, delete with confirmation and undo', async ({ app }) => {
    const { page } = app;
    const rowOf = (date: string) => page.getByRole('row').filter({ has: page.getByRole('cell', { name: date, exact: true }) });
    await expect(rowOf('01/07/2024')).toContainText('2.340.000 đ');
    // The shipped table has the 2026 base salary with its legal basis.
    await expect(rowOf('01/07/2026')).toContainText('2.530.000 đ');
    await expect(rowOf('01/07/2026')).toContainText('Nghị định 161/2026/NĐ-CP ngày 15/05/2026, khoản 2 Điều 3');

    const addRow = async () => {
      const dialog = await openDialog(page, 'Thêm mức lương cơ sở', 'Mức lương cơ sở');
      // Dates are typed as dd/mm/yyyy into the picker.
      const date = dialog.getByRole('textbox', { name: 'Áp dụng từ ngày' });
      await date.click();
      await date.pressSequentially('01/07/2027');
      await date.press('Tab');
      await expect(date).toHaveValue('01/07/2027');
      // The whole amount at once (as pasted): typing it key by key is broken, see the test below.
      const amount = dialog.getByRole('textbox', { name: 'Mức lương cơ sở (đồng)' });
      await amount.fill('2.600.000');
      await dialog.getByRole('textbox', { name: 'Căn cứ' }).fill('Nghị định thử nghiệm');
      await expect(amount).toHaveValue('2.600.000');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      return dialog;
    };

    const dialog = await addRow();
    await expect(dialog).toBeHidden();
    await expect(rowOf('01/07/2027')).toContainText('2.600.000 đ');
    await expect(rowOf('01/07/2027')).toContainText('Nghị định thử nghiệm');
    expect(await app.call('baseSalary:list', {})).toEqual([
      expect.objectContaining({ effectiveFrom: '2024-07-01', amount: 2_340_000 }),
      expect.objectContaining({ effectiveFrom: '2026-07-01', amount: 2_530_000 }),
      expect.objectContaining({ effectiveFrom: '2027-07-01', amount: 2_600_000, legalBasis: 'Nghị định thử nghiệm' }),
    ]);

    // The same date again: refused, in Vietnamese, saying what to do instead.
    const again = await addRow();
    await expect(
      page.getByText('Đã có mức lương cơ sở áp dụng từ ngày 01/07/2027. Hãy sửa dòng đó thay vì thêm dòng mới.', { exact: true }),
    ).toBeVisible();
    await expect(again).toBeVisible();
    await again.getByRole('button', { name: 'Hủy' }).click();
    // What was typed is not thrown away without asking.
    await page.getByRole('dialog').filter({ hasText: 'Bỏ các thay đổi chưa lưu?' }).getByRole('button', { name: 'Bỏ thay đổi' }).click();
    await expect(again).toBeHidden();
    await expect(rowOf('01/07/2027')).toHaveCount(1);
    expect(await app.call('baseSalary:list', {})).toHaveLength(3);

    // Deleting asks first; "Không" keeps the row.
    await rowOf('01/07/2024').getByRole('button', { name: 'Xóa' }).click();
    const confirm = page.getByRole('tooltip').filter({ hasText: 'Xóa dòng này?' });
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Không' }).click();
    await expect(confirm).toBeHidden();
    await expect(rowOf('01/07/2024')).toHaveCount(1);

    await rowOf('01/07/2024').getByRole('button', { name: 'Xóa' }).click();
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Đồng ý' }).click();
    await expect(rowOf('01/07/2024')).toHaveCount(0);
    expect((await app.call('baseSalary:list', {})).map((row) => row.effectiveFrom)).toEqual(['2026-07-01', '2027-07-01']);

    // …and the last destructive action can be undone.
    await expect(page.getByText('Đã xóa.', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect(rowOf('01/07/2024')).toContainText('2.340.000 đ');
    await expect(rowOf('01/07/2024')).toContainText('Nghị định 73/2024/NĐ-CP ngày 30/06/2024, khoản 2 Điều 3');
    expect(await app.call('baseSalary:list', {})).toEqual([
      expect.objectContaining({ effectiveFrom: '2024-07-01', amount: 2_340_000, legalBasis: 'Nghị định 73/2024/NĐ-CP ngày 30/06/2024, khoản 2 Điều 3' }),
      expect.objectContaining({ effectiveFrom: '2026-07-01', amount: 2_530_000 }),
      expect.objectContaining({ effectiveFrom: '2027-07-01', amount: 2_600_000 }),
    ]);
  });

  test('base salary: the amount can be typed key by key, the Vietnamese way', async ({ app }) => {
    const { page } = app;
    const dialog = await openDialog(page, 'Thêm mức lương cơ sở', 'Mức lương cơ sở');
    const amount = dialog.getByRole('textbox', { name: 'Mức lương cơ sở (đồng)' });
    await amount.focus();
    await page.keyboard.type('2.530.000');
    await page.keyboard.press('Tab');
    await expect(amount).toHaveValue('2.530.000', { timeout: 2_000 });
  });
});
