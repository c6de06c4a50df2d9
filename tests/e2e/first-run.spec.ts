import { expect, test } from './fixtures';
import { DEMO_OFFICE, expectWelcome, parseViNumber, viNumber } from './steps';

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

  test('"Bắt đầu với văn phòng trống" with a typed name lands on Cài đặt with that name', async ({ app }) => {
    const { page } = app;
    const officeName = 'Công đoàn xã Phú Nghĩa';

    await expectWelcome(page);
    const name = page.getByRole('textbox', { name: 'Tên đơn vị (văn phòng của bạn)' });
    await expect(name).toBeFocused();
    await page.keyboard.type(officeName);
    await page.getByRole('button', { name: 'Bắt đầu', exact: true }).click();

    await expect(page.getByRole('heading', { name: 'Cài đặt', level: 4 })).toBeVisible();
    await expect(page).toHaveURL(/#\/settings$/);
    await expect(page.getByTestId('office-name')).toHaveText(officeName);
    await expect(page.getByTestId('working-year')).toHaveText(`Năm làm việc ${new Date().getFullYear()}`);
    await expect(page.getByRole('textbox', { name: 'Tên đơn vị (văn phòng của bạn)' })).toHaveValue(officeName);

    const settings = await app.call('settings:get', {});
    expect(settings['office.name']).toBe(officeName);
    const summary = await app.call('organizations:summary', {});
    expect(summary.grassrootsTotal).toBe(0);

    // The empty dashboard says what to do first.
    await page.getByRole('menuitem', { name: 'Tổng quan' }).click();
    await expect(page.getByText('Chưa có công đoàn cơ sở nào. Hãy kiểm tra thông tin đơn vị trong Cài đặt trước.')).toBeVisible();
    await page.getByRole('button', { name: 'Mở Cài đặt' }).click();
    await expect(page.getByRole('heading', { name: 'Cài đặt', level: 4 })).toBeVisible();
  });
});
