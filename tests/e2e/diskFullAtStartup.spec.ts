import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend } from '../../electron/backend/backend';
import { startPreviewHost } from '../../electron/backend/hosts/preview/server';
import { expect, ROOT, test } from './fixtures';

test.skip(({ hostGate }) => hostGate === 'electron', 'the desktop app shows a startup failure in a system dialog box, not a page');

const OFFICE = 'Công đoàn phường Đầy Ổ';
const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const noSpace = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });

test('a full disk at startup: the preview\'s first screen says so plainly, without advising a restore; once space is freed the office opens', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'uniondesk-e2e-full-'));
  const staticDir = path.resolve(ROOT, process.env.UNIONDESK_OUT_DIR ?? 'out', 'renderer');
  const office = openBackend({ dataDir });
  expect((await office.invoke('setup:start', { mode: 'empty', officeName: OFFICE })).ok).toBe(true);
  office.close();
  const before = sha256(path.join(dataDir, 'uniondesk.db'));

  // As the CLI test does: every write into the data folder fails with ENOSPC, as on a full disk.
  const write = fs.writeFileSync;
  fs.writeFileSync = ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    if (String(file).startsWith(dataDir)) throw noSpace();
    return (write as (...args: unknown[]) => void)(file, ...rest);
  }) as typeof fs.writeFileSync;
  try {
    const full = await startPreviewHost({ dataDir, staticDir, port: 0, version: '0.0.0-e2e' });
    try {
      expect(full.backend).toBeNull();
      expect(full.backend === null && full.startupError.code).toBe('DISK_FULL_AT_STARTUP');
      await page.goto(full.url);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(`Ổ đĩa chứa thư mục dữ liệu "${dataDir}" đã đầy nên UnionDesk chưa mở được.`);
      await expect(alert).toContainText('Dữ liệu vẫn nguyên vẹn');
      await expect(alert).toContainText('giải phóng dung lượng');
      const shown = (await page.locator('body').innerText()).replaceAll(dataDir, '');
      expect(shown).not.toMatch(/khôi phục|sao lưu|thư mục khác/i);
      expect(shown).not.toMatch(/ENOSPC|no space|disk|error|unexpected|Lỗi không mong muốn/i);
      await page.screenshot({ path: testInfo.outputPath('disk-full-first-screen-1366.png') });
    } finally {
      await full.close();
    }
  } finally {
    fs.writeFileSync = write;
  }

  expect(sha256(path.join(dataDir, 'uniondesk.db'))).toBe(before);
  const freed = await startPreviewHost({ dataDir, staticDir, port: 0, version: '0.0.0-e2e' });
  try {
    expect(freed.backend).not.toBeNull();
    await page.goto(freed.url);
    await expect(page.getByTestId('office-name')).toHaveText(OFFICE);
  } finally {
    await freed.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
