import { expect, test } from './fixtures';
import { upperOfficeReceives, withLowerOffice } from './lowerOffice';

test.describe('sending upward', () => {
  test('build a signed package in one office, import it in the upper office, see the tracker and the roll-up', async ({ app }, info) => {
    test.skip(info.project.name !== 'web', 'two offices side by side need two preview servers');
    test.setTimeout(180_000);
    // The lower office: its own data folder and preview server, a demo office with a finalised report.
    await withLowerOffice(async ({ invoke, url: lowerUrl }) => {
      await invoke('setup:start', { mode: 'demo', unions: 12, members: 400, seed: 3 });
      const year = (await invoke<Record<string, number>>('settings:get', {}))['office.workingYear']!;
      await invoke('reports:create', { year, from: 'template' });
      await invoke('reports:finalize', { year, allowUnwritten: true });

      const page = await app.page.context().newPage();
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(`${lowerUrl.split('#')[0]}#/upward`);
      await expect(page.getByTestId('office-fingerprint')).toHaveText(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/, { timeout: 20_000 });
      const fingerprint = (await page.getByTestId('office-fingerprint').textContent())!;
      await expect(page.getByText(`Gói được lập từ bản chốt số 1`)).toBeVisible();
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Lập gói và lưu…' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(new RegExp(`^cdp-chuongmy-${year}-r1\\.zip$`));
      const zip = info.outputPath(download.suggestedFilename());
      await download.saveAs(zip);
      await expect(page.getByRole('cell', { name: 'Đã gửi' })).toBeVisible({ timeout: 60_000 });
      await page.screenshot({ path: info.outputPath('gui-cap-tren.png') });
      await page.close();

      // The upper office: an empty office that imports the package.
      const upper = await upperOfficeReceives(app, year, zip);
      await expect(upper.getByTestId('import-result')).toContainText('Nhận mới 1, thay thế 0, không đổi 0, từ chối 0');
      await expect(upper.getByTestId('import-result')).toContainText(fingerprint);
      const row = upper.getByRole('row', { name: /cdp-chuongmy/ });
      await expect(row).toContainText('Công đoàn phường Chương Mỹ');
      await expect(row).toContainText(/Đã nộp|Nộp muộn/);
      await upper.screenshot({ path: info.outputPath('tong-hop-don-vi.png') });

      await upper.getByRole('tab', { name: 'Bảng tổng hợp' }).click();
      const members = upper.getByRole('row', { name: /Tổng số đoàn viên/ });
      await expect(members).toBeVisible();
      const figures = await invoke<{ code: string; value: number | null }[]>('reports:stats', { year });
      const total = figures.find((f) => f.code === 'members.total')?.value ?? NaN;
      await expect(members).toContainText(String(total).replace(/\B(?=(\d{3})+(?!\d))/g, '.'));
      await expect(upper.getByRole('columnheader', { name: 'Công đoàn phường Chương Mỹ' })).toBeVisible();
      await upper.screenshot({ path: info.outputPath('tong-hop-bang.png') });
    });
  });
});
