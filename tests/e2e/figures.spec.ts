import { expect, test } from './fixtures';
import { loadDemo, viNumber } from './steps';

test.describe('figures that stay put, and the report’s text', () => {
  test('a CĐCS’s workers changed from a date leave last year’s report figure as it was; an unwritten section is named at finalise', async ({ app }, info) => {
    test.setTimeout(120_000);
    const { page } = app;
    await loadDemo(app);
    const year = (await app.call('settings:get', {}))['office.workingYear'];
    await app.call('reports:create', { year, from: 'template' });
    const workers = async () => (await app.call('reports:stats', { year })).find((f) => f.code === 'workers.total')!;
    const before = await workers();
    expect(before.lastYear).not.toBeNull();

    // The biggest CĐCS gets 1.000 more workers from 01/06 of the working year (inside its period).
    const union = (await app.call('unions:list', { offset: 0, limit: 500 })).items.find((u) => u.workersTotal !== null && u.dissolvedOn === null)!;
    await page.getByRole('menuitem', { name: 'Công đoàn cơ sở' }).click();
    await page.getByRole('link', { name: union.name }).click();
    const total = page.getByLabel('Tổng số CNVCLĐ', { exact: true });
    await total.fill(String(union.workersTotal! + 1000));
    const from = page.getByLabel('Số lao động, khu vực thay đổi từ ngày', { exact: true });
    await from.click();
    await from.fill(`01/06/${year}`);
    await from.press('Tab');
    await page.screenshot({ path: info.outputPath('union-form.png') });
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByText(`Đã lưu công đoàn cơ sở "${union.name}".`)).toBeVisible();

    const after = await workers();
    expect(after.lastYear).toBe(before.lastYear);
    expect(after.value).toBe(before.value! + 1000);
    await page.keyboard.press('Escape');
    await expect(page.locator('.ant-drawer-mask')).toHaveCount(0);
    await page.getByRole('menuitem', { name: 'Báo cáo tổng kết' }).click();
    await page.getByRole('tab', { name: 'Số liệu thống kê' }).click();
    const row = page.getByRole('row').filter({ has: page.getByText('Tổng số CNVCLĐ tại các CĐCS', { exact: true }) }).first();
    await expect(row).toContainText(viNumber(before.lastYear!));
    await expect(row).toContainText(viNumber(after.value!));
    await page.screenshot({ path: info.outputPath('report-figures.png') });

    // The template's guidance is a grey placeholder, not text; writing nothing gets the section named.
    await page.getByRole('tab', { name: 'Nội dung' }).click();
    await expect(page.locator('[data-section="situation"]').getByTestId('report-hint')).toContainText('Tình hình kinh tế - xã hội');
    await expect(page.getByRole('textbox', { name: 'I. ĐẶC ĐIỂM TÌNH HÌNH' })).toHaveText('');
    const care = page.getByRole('textbox', { name: '4. Công tác phát triển đoàn viên, thành lập công đoàn cơ sở' });
    await care.click();
    await page.keyboard.type('Toàn phường có ');
    await page.locator('[data-section="results.membership"]').getByRole('combobox', { name: 'Chèn số liệu' }).click();
    await page.keyboard.type('Tổng số đoàn viên');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await expect(care).toContainText('{{members.total}}');
    await page.screenshot({ path: info.outputPath('sections.png') });
    await page.getByRole('button', { name: 'Chốt bản báo cáo' }).click();
    const warning = page.getByTestId('finalize-unwritten');
    await expect(warning).toContainText('I. ĐẶC ĐIỂM TÌNH HÌNH');
    await expect(warning).not.toContainText('4. Công tác phát triển đoàn viên');
    await page.screenshot({ path: info.outputPath('finalize.png') });
    await page.getByRole('button', { name: 'Đồng ý' }).click();
    await expect(page.getByText('Đã chốt bản số 1.')).toBeVisible();
    const members = (await app.call('reports:stats', { year })).find((f) => f.code === 'members.total')!;
    const version = await app.call('reports:document', { year, version: 1 });
    const section = version.sections.find((s) => s.key === 'results.membership')!;
    expect(section.html).toContain(`Toàn phường có ${viNumber(members.value!)}`);
    expect(version.sections.find((s) => s.key === 'situation')!.html).toBe('');
  });
});
