import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { heldBy } from './backupHolds';
import { expect, test } from './fixtures';
import { RENAMED_OFFICE, renameAndOpenRestore } from './restoreSteps';
import { DEMO_OFFICE, loadDemo, viNumber } from './steps';

test.skip(({ hostGate }) => hostGate === 'electron', 'the desktop app picks the file in its own open dialog (tests/electron/fileSources.test.ts)');

test('"Khôi phục từ tệp khác…" uploads a backup from a USB stick, shows what it holds first, refuses a wrong file, then restores', async ({ app }, testInfo) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'uniondesk-usb-'));
  try {
    await loadDemo(app);
    const written = await app.call('db:backup', { target: path.join(usb, 'sao-luu-usb.db') });
    expect(path.dirname(written.file)).toBe(usb);
    const held = heldBy(written.file);
    const notOurs = path.join(usb, 'ghi-chu.db');
    const other = new Database(notOurs);
    other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('việc cần làm');");
    other.close();

    // The live data moves on after the backup.
    const someMembers = await app.call('members:list', { status: 'active', limit: 5 });
    await app.call('members:delete', { ids: someMembers.items.map((member) => member.id) });
    const dialog = await renameAndOpenRestore(app);
    await expect(dialog.getByRole('button', { name: /Khôi phục từ tệp khác…/ })).toBeVisible();

    await dialog.getByTestId('restore-file-input').setInputFiles(notOurs);
    const refused = dialog.getByTestId('restore-refused');
    await expect(refused).toContainText('Không thể khôi phục từ bản sao lưu này');
    await expect(refused).toContainText('Tệp "ghi-chu.db" là cơ sở dữ liệu SQLite nhưng không phải của UnionDesk');
    await expect(dialog.getByRole('button', { name: 'Khôi phục', exact: true })).toBeDisabled();
    await page.screenshot({ path: testInfo.outputPath('restore-file-refused-1366.png') });

    await dialog.getByTestId('restore-file-input').setInputFiles(written.file);
    const preview = dialog.getByTestId('restore-preview');
    const day = fs.statSync(written.file).mtime;
    const date = `${String(day.getDate()).padStart(2, '0')}/${String(day.getMonth() + 1).padStart(2, '0')}/${day.getFullYear()}`;
    await expect(preview).toContainText(
      `Bản sao lưu ngày ${date}: ${viNumber(held.unions)} CĐCS, ${viNumber(held.members)} đoàn viên, ${viNumber(held.decisions)} quyết định`,
    );
    await expect(dialog.getByTestId('restore-other-chosen')).toHaveText('Tệp đã chọn: sao-luu-usb.db');
    await expect(dialog.getByTestId('restore-refused')).toHaveCount(0);
    // Nothing has changed yet.
    expect((await app.call('settings:get', {}))['office.name']).toBe(RENAMED_OFFICE);
    expect((await app.call('members:list', { status: 'active', limit: 1 })).total).toBe(held.members - 5);
    await page.screenshot({ path: testInfo.outputPath('restore-file-preview-1366.png') });

    await dialog.getByRole('button', { name: 'Khôi phục', exact: true }).click();
    const done = page.getByRole('dialog').filter({ hasText: 'Đã khôi phục dữ liệu' });
    await expect(done).toContainText('before-restore-');
    await done.getByRole('button', { name: 'OK' }).click();
    await expect(page.getByTestId('office-name')).toHaveText(DEMO_OFFICE, { timeout: 20_000 });

    expect((await app.call('settings:get', {}))['office.name']).toBe(DEMO_OFFICE);
    expect((await app.call('members:list', { status: 'active', limit: 1 })).total).toBe(held.members);
    const backups = await app.call('backups:list', {});
    expect(backups.some((backup) => backup.name.startsWith('before-restore-'))).toBe(true);
    expect(fs.existsSync(written.file)).toBe(true);
  } finally {
    fs.rmSync(usb, { recursive: true, force: true });
  }
});
