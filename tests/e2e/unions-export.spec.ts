import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { loadDemo } from './steps';

test('the CĐCS list exports to .xlsx as filtered on screen', async ({ app }, testInfo) => {
  test.setTimeout(60_000);
  const { page } = app;
  await loadDemo(app);
  await page.getByRole('menuitem', { name: 'Công đoàn cơ sở' }).click();
  await page.getByRole('searchbox', { name: /Tìm theo tên hoặc mã/ }).fill('truong');
  const shown = await app.call('unions:list', { search: 'truong', offset: 0, limit: 1000 });
  expect(shown.total).toBeGreaterThan(0);
  await expect(page.getByText(`${shown.total} công đoàn cơ sở`)).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const file = testInfo.outputPath('cdcs.xlsx');
  await (await downloading).saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet('Danh sách CĐCS')!;
  expect(sheet.actualRowCount).toBe(shown.total + 1);
  expect(sheet.getRow(2).getCell(3).value).toBe(shown.items[0]!.name);
  await expect(page.getByText(new RegExp(`Đã xuất ${shown.total} công đoàn cơ sở`))).toBeVisible();
});
