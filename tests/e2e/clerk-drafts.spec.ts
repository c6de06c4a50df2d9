import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { discard } from './clerkSteps';
import { loadDemo } from './steps';

/*
 * Long forms survive a crash: a reload in the middle of a decision, of the report's header or of a
 * report section offers (or sends) what was typed; saving or throwing the changes away clears it.
 */

const draftKey = (key: string) => `uniondesk.draft.${key}`;
const stored = (page: Page, key: string) => page.evaluate((k) => window.localStorage.getItem(k), key);

/** A reload as after a crash: the window's "leave the page?" question is answered yes. */
async function reloadMidEdit(page: Page) {
  const leave = (dialog: { accept(): Promise<void> }) => void dialog.accept();
  page.on('dialog', leave);
  await page.reload();
  page.off('dialog', leave);
}


test.describe('drafts that survive a crash', () => {
  test('a decision with its list: reload mid-edit, restore the draft, save; discarding clears it', async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await loadDemo(app);
    await page.setViewportSize({ width: 1366, height: 768 });
    const year = (await app.call('settings:get', {}))['office.workingYear'];
    const key = draftKey(`decision.new.${year}`);
    const openNew = async () => {
      await page.getByRole('menuitem', { name: 'Quyết định khen thưởng' }).click();
      await page.getByRole('button', { name: 'Thêm quyết định' }).click();
      const drawer = page.getByRole('dialog', { name: 'Quyết định khen thưởng mới' });
      await expect(drawer.getByLabel('Số, ký hiệu')).toHaveValue(/^\d+\/QĐ-/);
      return drawer;
    };

    let drawer = await openNew();
    await drawer.getByLabel('Số, ký hiệu').fill('93/QĐ-CĐP');
    await drawer.getByLabel('Họ tên người ký').fill('Nguyễn Thị Nháp');
    await drawer.getByRole('button', { name: 'Thêm người/đơn vị ngoài danh sách' }).click();
    await drawer.getByLabel('Họ và tên / Tập thể', { exact: true }).fill('Trần Văn Khách');
    await drawer.getByLabel('Đơn vị', { exact: true }).fill('Hội Cựu chiến binh phường');
    await expect.poll(async () => (await stored(page, key)) ?? '').toContain('Hội Cựu chiến binh phường');

    await reloadMidEdit(page);
    drawer = await openNew();
    await expect(drawer.getByText(/Có bản nháp chưa lưu từ \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\. Khôi phục\?/)).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('draft-decision-offered-1366.png') });
    await drawer.getByRole('button', { name: 'Khôi phục' }).click();
    await expect(drawer.getByLabel('Số, ký hiệu')).toHaveValue('93/QĐ-CĐP');
    await expect(drawer.getByLabel('Họ tên người ký')).toHaveValue('Nguyễn Thị Nháp');
    await expect(drawer.getByLabel('Họ và tên / Tập thể', { exact: true })).toHaveValue('Trần Văn Khách');
    await expect(drawer.getByRole('button', { name: 'Khôi phục' })).toBeHidden();
    await drawer.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByText('Đã lưu quyết định 93/QĐ-CĐP.')).toBeVisible();
    const saved = (await app.call('awardDecisions:list', { year })).find((d) => d.number === '93/QĐ-CĐP');
    expect(saved).toMatchObject({ recipients: 1 });
    const detail = await app.call('awardDecisions:get', { id: saved!.id });
    expect(detail).toMatchObject({ signerName: 'Nguyễn Thị Nháp' });
    expect(detail.awards.map((r) => [r.recipientName, r.recipientUnit])).toEqual([['Trần Văn Khách', 'Hội Cựu chiến binh phường']]);
    expect(await stored(page, key)).toBeNull();

    // Thrown away on purpose ("Bỏ thay đổi"): no draft is offered next time.
    await page.getByRole('dialog', { name: 'Quyết định 93/QĐ-CĐP' }).getByRole('button', { name: 'Hủy' }).click();
    drawer = await openNew();
    await expect(drawer.getByRole('button', { name: 'Khôi phục' })).toBeHidden();
    await drawer.getByLabel('Họ tên người ký').fill('Người ký bỏ đi');
    await expect.poll(async () => (await stored(page, key)) ?? '').toContain('Người ký bỏ đi');
    await page.keyboard.press('Escape');
    await discard(page).getByRole('button', { name: 'Bỏ thay đổi' }).click();
    await expect(drawer).toBeHidden();
    expect(await stored(page, key)).toBeNull();
  });

  test('the report: the header offered back after a reload; a section typed while saving failed is recovered', async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await loadDemo(app);
    await page.setViewportSize({ width: 1920, height: 1080 });
    const year = (await app.call('settings:get', {}))['office.workingYear'];
    await page.getByRole('menuitem', { name: 'Báo cáo tổng kết' }).click();
    await page.getByRole('button', { name: 'Tạo từ mẫu mặc định' }).click();

    // A section typed while its saves fail (the app "crashes" before any reaches the database).
    await page.route('**/api/call/reports:saveSections', (route) => route.abort());
    const section = page.getByRole('textbox', { name: 'I. ĐẶC ĐIỂM TÌNH HÌNH' });
    await section.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Đoạn viết trước khi máy tắt đột ngột.');
    await expect.poll(async () => (await stored(page, `uniondesk.report.${year}.pending`)) ?? '').toContain('máy tắt đột ngột');

    // The header, typed and not saved.
    await page.getByRole('tab', { name: 'Thông tin chung' }).click();
    await page.getByLabel('Họ tên người ký').fill('Lê Văn Nháp');
    await expect.poll(async () => (await stored(page, draftKey(`report.header.${year}`))) ?? '').toContain('Lê Văn Nháp');

    await page.unroute('**/api/call/reports:saveSections');
    await reloadMidEdit(page);
    await page.getByRole('menuitem', { name: 'Báo cáo tổng kết' }).click();
    await expect(page.getByRole('textbox', { name: 'I. ĐẶC ĐIỂM TÌNH HÌNH' })).toContainText('Đoạn viết trước khi máy tắt đột ngột.');
    await expect.poll(async () => (await app.call('reports:get', { year })).draft?.sections.find((s) => s.key === 'situation')?.html ?? '').toContain('máy tắt đột ngột');

    await page.getByRole('tab', { name: 'Thông tin chung' }).click();
    await expect(page.getByText(/Có bản nháp chưa lưu từ .*\. Khôi phục\?/)).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('draft-report-header-1920.png') });
    await page.getByRole('button', { name: 'Khôi phục' }).click();
    await expect(page.getByLabel('Họ tên người ký')).toHaveValue('Lê Văn Nháp');
    await page.getByRole('button', { name: 'Lưu thông tin chung' }).click();
    await expect.poll(async () => (await app.call('reports:get', { year })).draft?.header.signerName).toBe('Lê Văn Nháp');
    expect(await stored(page, draftKey(`report.header.${year}`))).toBeNull();
  });
});
