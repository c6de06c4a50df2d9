import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadDemo, openDialog, viNumber } from './steps';

/** The "Năm nay" cell of a figure's row (columns: TT | Nội dung | Đơn vị tính | Năm nay | …). */
const thisYear = (page: Page, code: string) => page.locator(`tr[data-code="${code}"] td`).nth(3);

test.describe('statistics and targets', () => {
  test('the statistics page shows the backend figures; a new target takes its actual and % from the data', async ({ app }, info) => {
    test.skip(info.project.name !== 'web', 'page.pdf() needs headless Chromium');
    test.setTimeout(120_000);
    const { page } = app;
    await loadDemo(app);
    const year = (await app.call('settings:get', {}))['office.workingYear'];
    const { figures, period } = await app.call('statistics:year', { year });
    const value = (code: string) => figures.find((f) => f.code === code)?.value ?? null;
    const members = value('members.total')!;
    const admitted = value('members.admitted')!;
    expect(members).toBeGreaterThan(0);
    expect(admitted).toBeGreaterThan(0);

    await page.getByRole('menuitem', { name: 'Thống kê' }).click();
    await expect(page.getByRole('heading', { name: 'Thống kê', level: 4 })).toBeVisible();
    const [fy, fm, fd] = period.from.split('-');
    await expect(page.getByText(`Số liệu từ ${fd}/${fm}/${fy} đến 30/11/${year}`)).toBeVisible();
    for (const code of ['members.total', 'members.female', 'members.admitted', 'unions.total']) {
      await expect(thisYear(page, code)).toHaveText(viNumber(value(code)!));
    }
    await page.screenshot({ path: info.outputPath('statistics.png'), fullPage: true });

    // The printout (web: the print route itself, read back from its PDF).
    await page.getByRole('button', { name: 'In biểu thống kê' }).click();
    await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 20_000 });
    const pdf = info.outputPath('thong-ke.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(`BIỂU THỐNG KÊ SỐ LIỆU NĂM ${year}`);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const membersLine = text.split('\n').find((l) => l.includes('Tổng số đoàn viên')) ?? '';
    expect(membersLine).toContain(viNumber(members));
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, info.outputPath('thong-ke')]);
    await page.goBack();

    // Chăm lo tab: the demo's Tết Sum vầy is listed.
    await page.getByRole('tab', { name: 'Chăm lo' }).click();
    await expect(page.getByRole('cell', { name: `Chương trình "Tết Sum vầy" Xuân ${year}`, exact: true })).toBeVisible();

    // A target through the screen, its actual from the data.
    await page.getByRole('menuitem', { name: 'Chỉ tiêu' }).click();
    await expect(page.getByRole('heading', { name: `Chỉ tiêu năm ${year}`, level: 4 })).toBeVisible();
    const dialog = await openDialog(page, 'Thêm chỉ tiêu', 'Thêm chỉ tiêu');
    await dialog.getByRole('combobox', { name: 'Số liệu gắn với chỉ tiêu' }).fill('Kết nạp');
    await page.locator('.ant-select-item-option').filter({ hasText: 'Kết nạp đoàn viên mới (đoàn viên)' }).click();
    await expect(dialog.getByLabel('Nội dung chỉ tiêu')).toHaveValue('Kết nạp đoàn viên mới');
    await dialog.getByLabel('Mã').fill('CT-E2E');
    await dialog.getByLabel('Nội dung chỉ tiêu').fill('Kết nạp đoàn viên mới (thử)');
    const target = Math.max(1, Math.round(admitted * 0.8));
    await dialog.getByLabel('Mức chỉ tiêu').fill(String(target));
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();

    const row = page.getByRole('row').filter({ hasText: 'CT-E2E' });
    await expect(row).toBeVisible();
    const percent = Math.round((admitted / target) * 1000) / 10;
    await expect(row.getByRole('cell', { name: viNumber(admitted), exact: true })).toBeVisible();
    await expect(row.getByRole('cell', { name: `${String(percent).replace('.', ',')}%` })).toBeVisible();
    await expect(row.getByText(percent > 100 ? 'Vượt' : percent === 100 ? 'Đạt' : 'Chưa đạt')).toBeVisible();
    await expect(row.getByText('Từ dữ liệu')).toBeVisible();
    const saved = (await app.call('targets:list', { year })).targets.find((t) => t.code === 'CT-E2E');
    expect(saved).toMatchObject({ metric: 'members.admitted', target, actual: admitted, source: 'data' });
    await page.screenshot({ path: info.outputPath('targets.png'), fullPage: true });
  });
});
