import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { loadDemo, viNumber } from './steps';

test.describe('year-end report', () => {
  test('write a section, reopen with nothing lost, finalise, print to PDF with the header and the figures', async ({ app }, info) => {
    test.skip(info.project.name !== 'web', 'page.pdf() needs headless Chromium');
    test.setTimeout(120_000);
    const { page } = app;
    await loadDemo(app);
    const year = (await app.call('settings:get', {}))['office.workingYear'];
    await page.getByRole('menuitem', { name: 'Báo cáo tổng kết' }).click();
    await page.getByRole('button', { name: 'Tạo từ mẫu mặc định' }).click();

    const editor = page.getByRole('textbox', { name: 'I. ĐẶC ĐIỂM TÌNH HÌNH' });
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Năm nay công đoàn phường đã ');
    await page.keyboard.press('Control+B');
    await page.keyboard.type('kết nạp nhiều đoàn viên mới');
    await page.keyboard.press('Control+B');
    await page.keyboard.type('.');
    // The toolbar is one Tab stop before the text; arrows move along it, Enter presses.
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('toolbar', { name: 'Định dạng: I. ĐẶC ĐIỂM TÌNH HÌNH' }).getByRole('button', { name: 'In đậm (Ctrl+B)' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('toolbar', { name: 'Định dạng: I. ĐẶC ĐIỂM TÌNH HÌNH' }).getByRole('button', { name: 'Danh sách gạch đầu dòng' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(editor.locator('ul li')).toHaveCount(1);

    // Paste from Word: bold, lists and tables stay; Word's styles, classes and comments go.
    const care = page.getByRole('textbox', { name: '2. Công tác chăm lo đời sống đoàn viên, người lao động' });
    await care.click();
    await page.keyboard.press('Control+A');
    await care.evaluate((element) => {
      const data = new DataTransfer();
      data.setData('text/html', '<html><head><style>p.MsoNormal{margin:0}</style></head><body><!--[if gte mso 9]><xml></xml><![endif]--><p class=MsoNormal style="color:red"><b><span style="font-family:Arial">Tết Sum vầy</span></b> trao 1.200 suất quà<o:p></o:p></p><table class=MsoTableGrid><tr><td><p class=MsoNormal>Mái ấm Công đoàn</p></td><td>3 căn</td></tr></table></body></html>');
      data.setData('text/plain', 'Tết Sum vầy trao 1.200 suất quà');
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(care.locator('strong')).toHaveText('Tết Sum vầy');
    await expect(care.locator('table td').first()).toHaveText('Mái ấm Công đoàn');
    expect(await care.innerHTML()).not.toMatch(/Arial|MsoNormal|color:red|o:p/);
    await page.screenshot({ path: info.outputPath('editor.png') });
    await expect(page.getByTestId('report-save-status')).toHaveText(/Đã lưu lúc/, { timeout: 10_000 });

    await app.reload();
    await page.getByRole('menuitem', { name: 'Báo cáo tổng kết' }).click();
    const reopened = page.getByRole('textbox', { name: 'I. ĐẶC ĐIỂM TÌNH HÌNH' });
    await expect(reopened).toContainText('Năm nay công đoàn phường đã kết nạp nhiều đoàn viên mới.');
    await expect(reopened.locator('strong')).toHaveText('kết nạp nhiều đoàn viên mới');

    // Override a computed figure through the statistics tab: a reason is required.
    await page.getByRole('tab', { name: 'Số liệu thống kê' }).click();
    const admitted = (await app.call('reports:stats', { year })).find((f) => f.code === 'members.admitted')!;
    await page.getByRole('button', { name: `Sửa ${admitted.label}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Số liệu trong báo cáo').fill(String(admitted.value! + 5));
    await dialog.getByRole('button', { name: /Lưu/ }).click();
    await expect(page.getByText('Ghi lý do điều chỉnh số liệu tính từ dữ liệu.')).toBeVisible();
    await dialog.getByLabel(/Lý do điều chỉnh/).fill('Theo số liệu LĐLĐ thành phố');
    await dialog.getByRole('button', { name: /Lưu/ }).click();
    await expect(page.getByText('Đã lưu số liệu.')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: admitted.label }).getByText('Điều chỉnh')).toBeVisible();
    await page.screenshot({ path: info.outputPath('figures.png') });

    await page.getByRole('tab', { name: 'Thông tin chung' }).click();
    await page.getByLabel('Họ tên người ký').fill('Nguyễn Văn An');
    await page.getByLabel('Họ tên người ký').press('Enter');
    await expect(page.getByText('Đã lưu thông tin chung.')).toBeVisible();
    await page.screenshot({ path: info.outputPath('header.png') });
    await page.getByRole('tab', { name: 'Xem trước' }).click();
    await expect(page.locator('.report-doc')).toContainText('Nguyễn Văn An');
    await page.screenshot({ path: info.outputPath('preview.png') });

    await page.getByRole('button', { name: 'Chốt bản báo cáo' }).click();
    await page.getByRole('button', { name: 'Đồng ý' }).click();
    await expect(page.getByText('Đã chốt bản số 1.')).toBeVisible();
    const versions = (await app.call('reports:get', { year })).versions;
    expect(versions.map((v) => v.version)).toEqual([1]);
    // The finalised version is read-only; editing goes on in the draft.
    await page.getByRole('combobox', { name: 'Bản báo cáo' }).click();
    await page.locator('.ant-select-item-option', { hasText: /Bản chốt số 1/ }).click();
    await expect(page.getByText(/Đây là bản chốt số 1/)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'I. ĐẶC ĐIỂM TÌNH HÌNH' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Chốt bản báo cáo' })).toHaveCount(0);
    await expect(page.locator('.report-doc')).toContainText('kết nạp nhiều đoàn viên mới');
    await page.screenshot({ path: info.outputPath('version.png') });

    const stats = await app.call('reports:stats', { year });
    const members = stats.find((f) => f.code === 'members.total')!;
    await page.goto(`${page.url().split('#')[0]}#/print/report?year=${year}&version=1`);
    await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 20_000 });
    const pdf = info.outputPath('bao-cao.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('CÔNG ĐOÀN PHƯỜNG');
    expect(text).toMatch(/Số: \d+\/BC-/);
    expect(text).toContain(`NĂM ${year}`);
    expect(text).toContain('kết nạp nhiều đoàn viên mới');
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('Mái ấm Công đoàn');
    expect(text).toContain('Tết Sum vầy trao 1.200 suất quà');
    expect(text).toMatch(/PHỤ LỤC\s+SỐ LIỆU THỐNG KÊ NĂM/);
    expect(text).toContain(viNumber(members.value!));
    expect(text).toContain(`${viNumber(admitted.value! + 5)}(1)`);
    expect(text.replace(/\s+/g, ' ')).toContain(`(1) Kết nạp đoàn viên mới: Số liệu điều chỉnh (số liệu tính từ cơ sở dữ liệu: ${viNumber(admitted.value!)}). Lý do: Theo số liệu LĐLĐ thành phố`);
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(2);
    expect(pages[0]!.trimStart().startsWith('1\n')).toBe(false);
    expect(pages[1]!.trim().split('\n')[0]!.trim()).toBe('2');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    // The statistics appendix is on landscape A4 (nine columns, "Ghi chú" not cut off); page numbers run on.
    const sheets = text.split('\f');
    const appendixAt = sheets.findIndex((p) => /PHỤ LỤC\s+SỐ LIỆU THỐNG KÊ NĂM/.test(p));
    const sizes = [...execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' }).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`);
    expect(appendixAt).toBeGreaterThan(0);
    expect(sizes.slice(0, appendixAt).every((s) => s === '595x842')).toBe(true);
    expect(sizes.slice(appendixAt).every((s) => s === '842x595')).toBe(true);
    expect(sheets[appendixAt]!.trim().split('\n')[0]!.trim()).toBe(String(appendixAt + 1));
    expect(text).toMatch(/TT\s+Nội dung\s+Đơn vị\s+Số lượng\s+Năm trước\s+Tăng, giảm\s+Chỉ tiêu\s+% chỉ tiêu\s+Ghi chú\n/);
    expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/Tinos/);
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, info.outputPath('page')]);
  });
});
