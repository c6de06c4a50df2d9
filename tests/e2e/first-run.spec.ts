import { expect, test } from './fixtures';
import { DEMO_OFFICE, expectWelcome, loadDemo, parseViNumber, viNumber } from './steps';

test.describe('first run', () => {
  test('a fresh data dir offers both choices; the demo office fills the dashboard', async ({ app }) => {
    const { page } = app;
    const year = new Date().getFullYear();

    await expectWelcome(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await expect(page.getByText('Bắt đầu với văn phòng trống', { exact: true })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Tên đơn vị (văn phòng của bạn)' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Bắt đầu', exact: true })).toBeVisible();
    await expect(page.getByText(/Một văn phòng công đoàn mẫu với 120 công đoàn cơ sở/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nạp dữ liệu mẫu' })).toBeVisible();
    // Nothing is written before the user chooses.
    expect((await app.call('app:info', {})).setupDone).toBe(false);

    await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();

    await expect(page.getByTestId('office-name')).toHaveText(DEMO_OFFICE, { timeout: 20_000 });
    await expect(page.getByTestId('working-year')).toHaveText(`Năm làm việc ${year}`);
    await expect(page.getByRole('heading', { name: 'Tổng quan', level: 4 })).toBeVisible();
    await expect(page).toHaveURL(/#\/dashboard$/);

    // The numbers on the dashboard are the backend's, written the Vietnamese way.
    const summary = await app.call('organizations:summary', {});
    expect(summary.grassrootsActive).toBeGreaterThan(0);
    expect(summary.grassrootsTotal).toBeGreaterThanOrEqual(summary.grassrootsActive);

    const card = page.getByTestId('card-grassroots');
    await expect(card).toContainText('Công đoàn cơ sở');
    await expect(card).toContainText(`${viNumber(summary.grassrootsActive)}/${viNumber(summary.grassrootsTotal)} đang hoạt động`);
    // Read the big number back from what is on screen: "Công đoàn cơ sở\n118\n118/120 đang hoạt động".
    const shown = /Công đoàn cơ sở\s+(\S+)\s/.exec(await card.innerText());
    expect(shown, 'the card shows the active count under its title').not.toBeNull();
    const active = parseViNumber(shown![1]!);
    expect(active).toBeGreaterThan(0);
    expect(active).toBe(summary.grassrootsActive);

    // Thousands are grouped with dots: the demo office has tens of thousands of workers.
    expect(summary.workersTotal).toBeGreaterThan(999);
    await expect(page.getByTestId('card-admitted')).toContainText(`CNVCLĐ: ${viNumber(summary.workersTotal)} (nữ ${viNumber(summary.workersFemale)})`);
    expect(viNumber(summary.workersTotal)).toContain('.');

    // Members of the demo office, counted by the backend and shown the Vietnamese way.
    expect(summary.members.active).toBeGreaterThan(999);
    await expect(page.getByTestId('card-members')).toContainText(viNumber(summary.members.active));
    await expect(page.getByTestId('card-members')).toContainText(`trong đó nữ: ${viNumber(summary.members.female)}`);
    await expect(page.getByTestId('card-admitted')).toContainText(`Kết nạp mới năm ${year}`);
    await expect(page.getByTestId('card-admitted')).toContainText(viNumber(summary.members.admittedThisYear));

    const settings = await app.call('settings:get', {});
    expect(settings['office.name']).toBe(DEMO_OFFICE);
    expect(settings['office.workingYear']).toBe(year);
  });

  test('"Bắt đầu với văn phòng trống" asks what documents need, refuses an empty name, then points to the import', async ({ app }) => {
    const { page } = app;
    const officeName = 'Công đoàn xã Phú Nghĩa';

    await expectWelcome(page);
    const name = page.getByRole('textbox', { name: 'Tên đơn vị (văn phòng của bạn)' });
    await expect(name).toBeFocused();
    // The office name carries the required mark; the others do not.
    await expect(page.locator('label[for="setup-officeName"]')).toHaveClass(/ant-form-item-required/);
    await expect(page.locator('label[for="setup-placeName"]')).not.toHaveClass(/ant-form-item-required/);

    // An empty (or blank) name is refused with a message under the field; nothing is written.
    await page.keyboard.type('   ');
    await page.getByRole('button', { name: 'Bắt đầu', exact: true }).click();
    await expect(page.getByText('Hãy nhập tên đơn vị (văn phòng của bạn).')).toBeVisible();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toBeFocused();
    expect((await app.call('app:info', {})).setupDone).toBe(false);

    await name.fill(officeName);
    await expect(page.getByText('Hãy nhập tên đơn vị (văn phòng của bạn).')).toHaveCount(0);
    await page.getByRole('textbox', { name: 'Công đoàn cấp trên' }).fill('Liên đoàn Lao động thành phố Hà Nội');
    await page.getByRole('textbox', { name: 'Địa danh ghi trên văn bản' }).fill('Phú Nghĩa');
    await page.getByRole('textbox', { name: 'Người ký văn bản' }).fill('Nguyễn Thị Hòa');
    await page.getByRole('textbox', { name: 'Chức vụ người ký' }).fill('CHỦ TỊCH');
    await page.screenshot({ path: test.info().outputPath('first-run-filled.png') });
    await page.getByRole('button', { name: 'Bắt đầu', exact: true }).click();

    await expect(page).toHaveURL(/#\/dashboard$/);
    await expect(page.getByTestId('office-name')).toHaveText(officeName);
    await expect(page.getByTestId('working-year')).toHaveText(`Năm làm việc ${new Date().getFullYear()}`);
    const settings = await app.call('settings:get', {});
    expect(settings).toMatchObject({
      'office.name': officeName,
      'office.upperName': 'Liên đoàn Lao động thành phố Hà Nội',
      'office.placeName': 'Phú Nghĩa',
      'office.signerName': 'Nguyễn Thị Hòa',
      'office.signerTitle': 'CHỦ TỊCH',
    });
    expect((await app.call('organizations:summary', {})).grassrootsTotal).toBe(0);
    await expect(page.getByTestId('demo-banner')).toHaveCount(0);

    // The empty dashboard's first step is the import.
    await expect(page.getByText(/Chưa có công đoàn cơ sở nào. Bước đầu tiên/)).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('empty-dashboard.png') });
    await page.getByRole('button', { name: 'Nhập danh sách CĐCS, đoàn viên từ Excel' }).click();
    await expect(page).toHaveURL(/#\/import$/);

    // Cài đặt shows the same values, with the required marks.
    await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
    await expect(page.getByRole('textbox', { name: 'Tên đơn vị (văn phòng của bạn)' })).toHaveValue(officeName);
    await expect(page.getByRole('textbox', { name: 'Người ký văn bản' })).toHaveValue('Nguyễn Thị Hòa');
    await expect(page.locator('label[for="office.name"]')).toHaveClass(/ant-form-item-required/);
  });

  test('demo data carries a banner and is cleared, after a confirmation, back to the first run', async ({ app }) => {
    const { page } = app;
    await loadDemo(app);
    const banner = page.getByTestId('demo-banner');
    await expect(banner).toContainText('Bạn đang xem dữ liệu mẫu');
    await page.getByRole('menuitem', { name: 'Đoàn viên' }).click();
    await expect(banner).toBeVisible();

    // Cancelling the confirmation keeps everything.
    await banner.getByRole('button', { name: 'Xóa dữ liệu mẫu' }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: 'Xóa toàn bộ dữ liệu mẫu?' });
    await expect(confirm).toContainText('Không thể hoàn tác');
    await confirm.getByRole('button', { name: 'Hủy' }).click();
    await expect(confirm).toHaveCount(0);
    expect((await app.call('organizations:summary', {})).grassrootsTotal).toBeGreaterThan(0);

    await banner.getByRole('button', { name: 'Xóa dữ liệu mẫu' }).click();
    await confirm.getByRole('button', { name: 'Xóa dữ liệu mẫu' }).click();
    await expectWelcome(page);
    expect(await app.call('app:info', {})).toMatchObject({ setupDone: false, demoData: false });
    expect((await app.call('organizations:summary', {})).grassrootsTotal).toBe(0);
    expect((await app.call('members:list', { offset: 0, limit: 5 })).total).toBe(0);
  });
});
