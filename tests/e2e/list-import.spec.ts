import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { loadDemo } from './steps';

test.describe('campaign lists from Excel', () => {
  test('works imported into a campaign from its blank template, then seen in the list', async ({ app }) => {
    test.setTimeout(90_000);
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await loadDemo(app);
    const year = (await app.call('settings:get', {}))['office.workingYear'];
    const campaign = await app.call('campaigns:save', { draft: { year, name: `Thi đua chào mừng Đại hội ${year}`, kind: 'thematic' } });
    const union = (await app.call('unions:list', { offset: 0, limit: 1 })).items[0]!;

    await page.evaluate((id) => (window.location.hash = `#/campaigns?id=${id}`), campaign.id);
    const detail = page.getByRole('dialog', { name: campaign.name });
    await detail.getByRole('tab', { name: 'Công trình, phần việc' }).click();
    await detail.getByTestId('works-table').getByRole('button', { name: 'Nhập từ Excel' }).click();
    await expect(page.getByRole('heading', { name: /Công trình/, level: 4 })).toBeVisible();

    // The blank template: its headers are what the import reads.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải mẫu trống' }).click();
    const template = test.info().outputPath('mau-cong-trinh.xlsx');
    await (await download).saveAs(template);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(headers).toEqual(['STT', 'Tên công trình', 'CĐCS', 'Cấp', 'Giá trị (đồng)', 'Tình trạng', 'Gắn biển', 'Ngày hoàn thành', 'Ghi chú']);
    const put = (row: number, values: Record<string, string>) => {
      for (const [header, value] of Object.entries(values)) sheet.getRow(row).getCell(headers.indexOf(header) + 1).value = value;
    };
    put(2, { STT: '1', 'Tên công trình': 'Nhà văn hóa công nhân khu trọ', CĐCS: union.name, 'Giá trị (đồng)': '120.000.000', 'Ngày hoàn thành': `26/12/${year}`, 'Gắn biển': 'x' });
    put(3, { STT: '2', 'Tên công trình': 'Tủ sách pháp luật', Cấp: 'Cấp trên', 'Giá trị (đồng)': '1,5 tỷ' });
    await workbook.xlsx.writeFile(template);

    await page.locator('input[type=file]').setInputFiles({
      name: 'cong-trinh.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: fs.readFileSync(template),
    });
    await page.getByRole('button', { name: 'Tiếp' }).click();
    await page.getByRole('button', { name: 'Tiếp' }).click();
    await expect(page.getByText('Tất cả các dòng đều hợp lệ.')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('list-import-check.png') });
    await page.getByRole('button', { name: /^Nhập 2 dòng hợp lệ$/ }).click();
    await expect(page.getByText('Đã nhập 2 công trình')).toBeVisible({ timeout: 20_000 });

    await page.getByRole('button', { name: 'Về phong trào' }).click();
    await detail.getByRole('tab', { name: 'Công trình, phần việc' }).click();
    const table = detail.getByTestId('works-table');
    await expect(table).toContainText('Nhà văn hóa công nhân khu trọ');
    await expect(table).toContainText('Tủ sách pháp luật');
    await expect(table).toContainText('120.000.000');
    await page.screenshot({ path: test.info().outputPath('list-import-works.png') });

    const works = (await app.call('campaignWorks:list', { campaignId: campaign.id, offset: 0, limit: 10 })).items;
    expect(works.map((w) => [w.name, w.organizationId, w.value, w.level, w.plaque, w.completedOn])).toEqual([
      ['Nhà văn hóa công nhân khu trọ', union.id, 120_000_000, 'grassroots', true, `${year}-12-26`],
      ['Tủ sách pháp luật', null, 1_500_000_000, 'upper', false, null],
    ]);
  });
});
