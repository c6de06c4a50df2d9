import { expect, test } from './fixtures';
import { discard, emptyWithBackspace, typeOver } from './clerkSteps';
import { loadDemo, viNumber } from './steps';

/*
 * "Types like a clerk" in the record drawers (CĐCS, campaign): dates typed four ways, counts that
 * refuse letters, Enter in a date that does not save, Esc on a dirty drawer, another row opened
 * with its own data; each time read back from the backend.
 */


test.describe('types like a clerk: record drawers', () => {
  test('a CĐCS: founding date four ways, a count that refuses letters, Esc asks, another row shows its own data', async ({ app }) => {
    test.setTimeout(150_000);
    const { page } = app;
    await loadDemo(app);
    await page.setViewportSize({ width: 1366, height: 768 });
    const unions = (await app.call('unions:list', { offset: 0, limit: 200 })).items.filter((u) => u.workersTotal !== null && u.dissolvedOn === null);
    const [first, second] = unions;
    await page.getByRole('menuitem', { name: 'Công đoàn cơ sở' }).click();
    await page.getByRole('link', { name: first!.name }).click();
    const drawer = page.getByRole('dialog', { name: first!.name });
    await expect(drawer.getByLabel('Tên công đoàn cơ sở', { exact: true })).toHaveValue(first!.name);

    // Four spellings of one date; Enter confirms the date and saves nothing.
    const founded = drawer.getByLabel('Ngày thành lập', { exact: true });
    for (const typed of ['26/12/2025', '26122025', '26/12/25', '26-12-2025']) {
      await typeOver(founded, typed);
      await founded.press('Enter');
      await expect(founded).toHaveValue('26/12/2025');
      await expect(drawer).toBeVisible();
    }
    expect((await app.call('unions:get', { id: first!.id })).foundedOn).toBe(first!.foundedOn);

    // Letters in a count stay on screen with a message and block saving; never 0.
    const workers = drawer.getByLabel('Tổng số CNVCLĐ', { exact: true });
    await typeOver(workers, '12a');
    await expect(drawer.getByText('Chỉ gõ số, ví dụ 1.234 hoặc 12,5.')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('clerk-union-count-refused-1366.png') });
    await drawer.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByText('Sửa các ô đang báo lỗi trước khi lưu.')).toBeVisible();
    expect((await app.call('unions:get', { id: first!.id })).workersTotal).toBe(first!.workersTotal);

    // Backspace to empty, then Ctrl+A and typing: 1234 shows as 1.234 and is saved as 1234.
    await emptyWithBackspace(workers);
    await expect(workers).toHaveValue('');
    await typeOver(workers, '1234');
    await workers.press('Tab');
    await expect(workers).toHaveValue('1.234');
    await workers.press('Control+Enter');
    await expect(page.getByText(`Đã lưu công đoàn cơ sở "${first!.name}".`)).toBeVisible();
    const saved = await app.call('unions:get', { id: first!.id });
    expect(saved).toMatchObject({ foundedOn: '2025-12-26', workersTotal: 1234 });

    // Esc on a dirty drawer asks; "Tiếp tục sửa" keeps the text, "Bỏ thay đổi" throws it away.
    await drawer.getByLabel('Tên công đoàn cơ sở', { exact: true }).fill('Tên đang sửa dở');
    await page.keyboard.press('Escape');
    await expect(discard(page)).toBeVisible();
    await discard(page).getByRole('button', { name: 'Tiếp tục sửa' }).click();
    await expect(drawer.getByLabel('Tên công đoàn cơ sở', { exact: true })).toHaveValue('Tên đang sửa dở');
    await drawer.getByRole('button', { name: 'Hủy' }).click();
    await discard(page).getByRole('button', { name: 'Bỏ thay đổi' }).click();
    await expect(page.locator('.ant-drawer-mask')).toHaveCount(0);
    expect((await app.call('unions:get', { id: first!.id })).name).toBe(first!.name);

    // Another CĐCS opens with its own data, not the one edited before.
    await page.getByRole('link', { name: second!.name }).click();
    const other = page.getByRole('dialog', { name: second!.name });
    await expect(other.getByLabel('Tên công đoàn cơ sở', { exact: true })).toHaveValue(second!.name);
    await expect(other.getByLabel('Tổng số CNVCLĐ', { exact: true })).toHaveValue(viNumber(second!.workersTotal!));
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: test.info().outputPath('clerk-union-drawer-1920.png') });
  });

  test('a campaign: dates typed, Enter in a date does not save, Ctrl+Enter does, Esc on a dirty drawer asks', async ({ app }) => {
    test.setTimeout(150_000);
    const { page } = app;
    await loadDemo(app);
    await page.setViewportSize({ width: 1366, height: 768 });
    const year = (await app.call('settings:get', {}))['office.workingYear'];
    const [campaign, another] = await app.call('campaigns:list', { year });
    await page.goto(`${app.url.split('#')[0]}#/campaigns?id=${campaign!.id}`);
    const drawer = page.getByRole('dialog', { name: campaign!.name });
    const starts = drawer.getByLabel('Từ ngày', { exact: true });
    const ends = drawer.getByLabel('Đến ngày', { exact: true });
    await typeOver(starts, `0103${String(year).slice(2)}`);
    await starts.press('Enter');
    await expect(starts).toHaveValue(`01/03/${year}`);
    await typeOver(ends, `30-09-${year}`);
    await ends.press('Enter');
    await expect(ends).toHaveValue(`30/09/${year}`);
    await expect(drawer).toBeVisible();
    expect((await app.call('campaigns:get', { id: campaign!.id })).startsOn).toBe(campaign!.startsOn);
    await page.screenshot({ path: test.info().outputPath('clerk-campaign-dates-1366.png') });
    await ends.press('Control+Enter');
    await expect(page.getByText(`Đã lưu phong trào "${campaign!.name}".`)).toBeVisible();
    expect(await app.call('campaigns:get', { id: campaign!.id })).toMatchObject({ startsOn: `${year}-03-01`, endsOn: `${year}-09-30` });

    // A dirty drawer asks before closing, on another tab too; nothing is saved when thrown away.
    await drawer.getByLabel('Số, ký hiệu kế hoạch', { exact: true }).fill('99/KH-NHÁP');
    await drawer.getByRole('tab', { name: 'Công trình, phần việc' }).click();
    await page.keyboard.press('Escape');
    await expect(discard(page)).toBeVisible();
    await discard(page).getByRole('button', { name: 'Bỏ thay đổi' }).click();
    await expect(drawer).toBeHidden();
    expect((await app.call('campaigns:get', { id: campaign!.id })).planNumber).toBe(campaign!.planNumber);

    // Another campaign opens with its own dates.
    if (another) {
      await page.goto(`${app.url.split('#')[0]}#/campaigns?id=${another.id}`);
      const next = page.getByRole('dialog', { name: another.name });
      const shown = another.startsOn ? `${another.startsOn.slice(8)}/${another.startsOn.slice(5, 7)}/${another.startsOn.slice(0, 4)}` : '';
      await expect(next.getByLabel('Từ ngày', { exact: true })).toHaveValue(shown);
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.screenshot({ path: test.info().outputPath('clerk-campaign-drawer-1920.png') });
    }
  });

  test('a member: Ctrl+Enter saves, Esc on a dirty drawer asks, another member opens with his own data', async ({ app }) => {
    test.setTimeout(150_000);
    const { page } = app;
    await loadDemo(app);
    await page.setViewportSize({ width: 1366, height: 768 });
    const [first, second] = (await app.call('members:list', { status: 'active', offset: 0, limit: 2 })).items;
    const open = async (member: NonNullable<typeof first>) => {
      await page.getByRole('menuitem', { name: 'Đoàn viên' }).click();
      await page.getByPlaceholder(/Tìm theo tên, CCCD/).fill(member.cccd!);
      await expect(page.getByText('1 đoàn viên', { exact: true })).toBeVisible();
      await page.getByRole('gridcell', { name: member.fullName }).click();
      const drawer = page.getByRole('dialog').filter({ has: page.getByLabel('Điện thoại', { exact: true }) });
      await expect(drawer.getByLabel('Họ và tên', { exact: true })).toHaveValue(member.fullName);
      return drawer;
    };

    let drawer = await open(first!);
    const phone = drawer.getByLabel('Điện thoại', { exact: true });
    await typeOver(phone, '0912000111');
    await phone.press('Enter');
    await expect(drawer).toBeVisible();
    await phone.press('Control+Enter');
    await expect(page.getByText(`Đã lưu thông tin đoàn viên ${first!.fullName}.`)).toBeVisible();
    expect((await app.call('members:get', { id: first!.id })).member.phone).toBe('0912000111');

    await typeOver(phone, '0999999999');
    await page.keyboard.press('Escape');
    await expect(discard(page)).toBeVisible();
    await discard(page).getByRole('button', { name: 'Bỏ thay đổi' }).click();
    await expect(page.locator('.ant-drawer-mask')).toHaveCount(0);
    expect((await app.call('members:get', { id: first!.id })).member.phone).toBe('0912000111');

    drawer = await open(second!);
    const stored = (await app.call('members:get', { id: second!.id })).member;
    await expect(drawer.getByLabel('Điện thoại', { exact: true })).toHaveValue(stored.phone);
    // Looked at once the drawer has slid in completely.
    await expect.poll(() => drawer.evaluate((element) => Math.round(element.getBoundingClientRect().right))).toBe(1366);
    await page.screenshot({ path: test.info().outputPath('clerk-member-drawer-1366.png') });
  });
});
