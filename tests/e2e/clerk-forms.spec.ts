import { expect, test, type UnionDeskApp } from './fixtures';
import { discard, emptyWithBackspace, openPeakCampaignTab, startTransfer, typeOver } from './clerkSteps';
import { loadDemo, openDialog, openSettings } from './steps';

/*
 * "Types like a clerk": money and dates typed the way an office clerk types them (Ctrl+A then
 * typing, Backspace to empty, dates in four spellings, Enter inside a date, Esc on a dirty form,
 * reopening another row), each time reading back what the backend saved.
 */

async function openPeakWorks(app: UnionDeskApp) {
  const { page, table, campaignId } = await openPeakCampaignTab(app, 'Công trình, phần việc', 'works-table');
  // The table's first page (50 rows), or the rows whose name matches a search.
  const works = async (search?: string) => (await app.call('campaignWorks:list', { campaignId, offset: 0, limit: 50, ...(search ? { search } : {}) })).items;
  return { page, table, works };
}

test.describe('types like a clerk', () => {
  test('money in a campaign result: typing replaces, empty stays empty, units understood, bad text refused', async ({ app }) => {
    test.setTimeout(120_000);
    const { page, table, works } = await openPeakWorks(app);

    await table.getByRole('button', { name: 'Thêm' }).click();
    let dialog = page.getByRole('dialog', { name: 'Thêm: Công trình, phần việc' });
    await dialog.getByLabel('Tên công trình, phần việc').fill('Nhà văn hóa A');
    const value = dialog.getByLabel('Giá trị (đ)');
    await value.click();
    await value.pressSequentially('120000000');
    await expect(value).toHaveValue('120.000.000');
    // Enter in a field never submits; Ctrl+Enter does.
    await value.press('Enter');
    await expect(dialog).toBeVisible();
    await value.press('Control+Enter');
    await expect(dialog).toBeHidden();
    expect((await works('Nhà văn hóa A')).find((w) => w.name === 'Nhà văn hóa A')).toMatchObject({ value: 120_000_000 });

    // "Thêm" after saving A opens empty.
    await table.getByRole('button', { name: 'Thêm' }).click();
    dialog = page.getByRole('dialog', { name: 'Thêm: Công trình, phần việc' });
    await expect(dialog.getByLabel('Tên công trình, phần việc')).toHaveValue('');
    await expect(dialog.getByLabel('Giá trị (đ)')).toHaveValue('');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // Editing A: Ctrl+A then typing replaces the amount (never 1.200.000.000 or a leading 0).
    const search = table.getByRole('searchbox');
    await search.fill('Nhà văn hóa A');
    await expect(table.getByRole('row').filter({ hasText: 'Nhà văn hóa A' })).toBeVisible();
    await table.getByRole('row').filter({ hasText: 'Nhà văn hóa A' }).dblclick();
    dialog = page.getByRole('dialog', { name: 'Sửa: Công trình, phần việc' });
    await expect(dialog.getByLabel('Tên công trình, phần việc')).toHaveValue('Nhà văn hóa A');
    await typeOver(dialog.getByLabel('Giá trị (đ)'), '2500000');
    await expect(dialog.getByLabel('Giá trị (đ)')).toHaveValue('2.500.000');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
    expect((await works('Nhà văn hóa A')).find((w) => w.name === 'Nhà văn hóa A')).toMatchObject({ value: 2_500_000 });

    // Backspace to empty saves nothing (null), not 0.
    await table.getByRole('row').filter({ hasText: 'Nhà văn hóa A' }).dblclick();
    await emptyWithBackspace(dialog.getByLabel('Giá trị (đ)'));
    await expect(dialog.getByLabel('Giá trị (đ)')).toHaveValue('');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
    expect((await works('Nhà văn hóa A')).find((w) => w.name === 'Nhà văn hóa A')).toMatchObject({ value: null });

    // "1,5 tỷ" is understood; "1,500,000" is refused under the field and nothing is saved.
    await table.getByRole('row').filter({ hasText: 'Nhà văn hóa A' }).dblclick();
    await typeOver(dialog.getByLabel('Giá trị (đ)'), '1,500,000');
    await expect(dialog.getByText('Dùng dấu chấm để phân nhóm nghìn: 1.500.000 (hoặc viết 1,5 triệu).')).toBeVisible();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByText('Sửa các ô đang báo lỗi trước khi lưu.')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('clerk-money-refused-1366.png') });
    await expect(dialog).toBeVisible();
    expect((await works('Nhà văn hóa A')).find((w) => w.name === 'Nhà văn hóa A')).toMatchObject({ value: null });
    await typeOver(dialog.getByLabel('Giá trị (đ)'), '1,5 tỷ');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
    expect((await works('Nhà văn hóa A')).find((w) => w.name === 'Nhà văn hóa A')).toMatchObject({ value: 1_500_000_000 });

    // Another row opens with its own data, not A's.
    await search.fill('');
    const other = (await works()).find((w) => w.name !== 'Nhà văn hóa A')!;
    await table.getByRole('row').filter({ hasText: other.name }).first().dblclick();
    await expect(dialog.getByLabel('Tên công trình, phần việc')).toHaveValue(other.name);
    await expect(dialog.getByLabel('Giá trị (đ)')).toHaveValue(other.value === null ? '' : String(other.value).replace(/\B(?=(\d{3})+(?!\d))/g, '.'));

    // Esc on a dirty form asks; "Tiếp tục sửa" keeps the text, "Bỏ thay đổi" throws it away.
    await dialog.getByLabel('Tên công trình, phần việc').fill('Tên đang sửa dở');
    await page.keyboard.press('Escape');
    await expect(discard(page)).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('clerk-discard-1366.png') });
    await discard(page).getByRole('button', { name: 'Tiếp tục sửa' }).click();
    await expect(dialog.getByLabel('Tên công trình, phần việc')).toHaveValue('Tên đang sửa dở');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await discard(page).getByRole('button', { name: 'Bỏ thay đổi' }).click();
    await expect(dialog).toBeHidden();
    expect((await works()).find((w) => w.id === other.id)).toMatchObject({ name: other.name, value: other.value });
  });

  test('dates typed four ways, Enter in a date does not submit, an impossible date blocks saving', async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await loadDemo(app);
    await page.setViewportSize({ width: 1366, height: 768 });
    await openSettings(page);
    const before = (await app.call('baseSalary:list', {})).length;

    const spellings: [string, string][] = [
      ['01072031', '2031-07-01'],
      ['01/07/32', '2032-07-01'],
      ['01-07-2033', '2033-07-01'],
      ['01/07/2034', '2034-07-01'],
    ];
    for (const [typed, iso] of spellings) {
      const dialog = await openDialog(page, 'Thêm mức lương cơ sở', 'Mức lương cơ sở');
      const date = dialog.getByRole('textbox', { name: 'Áp dụng từ ngày' });
      await date.click();
      await date.pressSequentially(typed);
      await date.press('Enter');
      await expect(date).toHaveValue(`${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`);
      await expect(dialog).toBeVisible();
      await typeOver(dialog.getByRole('textbox', { name: 'Mức lương cơ sở (đồng)' }), '2530000');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await expect(dialog).toBeHidden();
      expect((await app.call('baseSalary:list', {})).map((row) => row.effectiveFrom)).toContain(iso);
    }

    // Typing over a pre-filled date replaces it (never "01/07/203426/12/2035").
    const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '01/07/2034', exact: true }) });
    await row.getByRole('button', { name: 'Sửa' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mức lương cơ sở' });
    const date = dialog.getByRole('textbox', { name: 'Áp dụng từ ngày' });
    await date.click();
    await date.pressSequentially('26/12/2035');
    await expect(date).toHaveValue('26/12/2035');

    // 31/02 stays on screen with a message and nothing is saved.
    await date.press('Control+a');
    await date.pressSequentially('31/02/2035');
    await date.press('Tab');
    await expect(date).toHaveValue('31/02/2035');
    await expect(dialog.getByText('Không có ngày 31/02/2035.')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('clerk-date-impossible-1366.png') });
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeVisible();
    const rows = await app.call('baseSalary:list', {});
    expect(rows).toHaveLength(before + 4);
    expect(rows.map((r) => r.effectiveFrom)).toContain('2034-07-01');
    expect(rows.map((r) => r.effectiveFrom)).not.toContain('2035-02-28');
  });

  test('a transfer: Enter in its date confirms the date and does not save without the decision number', async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await loadDemo(app);
    await page.setViewportSize({ width: 1920, height: 1080 });
    const year = (await app.call('settings:get', {}))['office.workingYear'];
    const { member, target, dialog } = await startTransfer(app);

    const date = dialog.getByLabel('Ngày chuyển');
    await date.click();
    await date.pressSequentially(`2612${String(year).slice(2)}`);
    await date.press('Enter');
    await expect(date).toHaveValue(`26/12/${year}`);
    await expect(dialog).toBeVisible();
    expect((await app.call('members:get', { id: member.id })).member.organizationId).not.toBe(target.id);

    await dialog.getByLabel('Số quyết định').fill('15/QĐ-CĐCS');
    await page.screenshot({ path: test.info().outputPath('clerk-transfer-1920.png') });
    await dialog.getByLabel('Số quyết định').press('Control+Enter');
    await expect(dialog).toBeHidden();
    const saved = await app.call('members:get', { id: member.id });
    expect(saved.member.organizationId).toBe(target.id);
    expect(saved.movements.find((m) => m.kind === 'transferred_out')).toMatchObject({ date: `${year}-12-26`, decisionNo: '15/QĐ-CĐCS' });
  });
});
