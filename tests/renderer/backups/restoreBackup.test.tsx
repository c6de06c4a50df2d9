import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { RestorePreview } from '../../../shared/backups/model';
import type { DesktopApi } from '../../../shared/ipc/desktopApi';
import { RestoreBackup } from '../../../renderer/src/features/backups/RestoreBackup';
import { BackendError, fakeBackend, renderInApp, setupI18n } from '../members/harness';

const SOURCE = 'file-AbCdEfGhIjKlMnOpQrStUvWx';
const HELD: RestorePreview = { name: 'sao-luu.db', at: '2026-11-30T03:00:00.000Z', sizeBytes: 3, unions: 26, members: 3410, decisions: 14 };
const LISTED = { name: 'uniondesk-2026-12-01.db', at: '2026-12-01T03:00:00.000Z', sizeBytes: 10 };

async function openDialog() {
  fireEvent.click(screen.getByRole('button', { name: 'Khôi phục từ bản sao lưu…' }));
  return screen.findByRole('dialog');
}

describe('"Khôi phục từ tệp khác…": a backup outside the data folder, known by an id', () => {
  beforeAll(setupI18n);
  afterEach(() => {
    cleanup();
    delete window.api;
  });

  it('in the browser preview uploads the file, shows what it holds, then restores it by the id', async () => {
    const onRestored = vi.fn();
    const backend = fakeBackend({
      'backups:list': () => [LISTED],
      'backups:upload': () => ({ source: SOURCE, name: 'sao-luu.db' }),
      'backups:preview': () => HELD,
      'backups:restore': () => ({ restoredFrom: '/tmp/x/sao-luu.db', safetyBackup: '/data/backups/before-restore-2026-12-07.db' }),
    });
    renderInApp(<RestoreBackup onRestored={onRestored} />);
    const dialog = await openDialog();
    expect(within(dialog).getByRole('button', { name: 'Khôi phục' }).hasAttribute('disabled')).toBe(true);
    const file = new File([new Uint8Array([1, 2, 3])], 'sao-luu.db', { lastModified: Date.parse('2026-11-30T03:00:00.000Z') });
    fireEvent.change(within(dialog).getByTestId('restore-file-input'), { target: { files: [file] } });

    const preview = await within(dialog).findByTestId('restore-preview');
    expect(preview.textContent).toContain('Bản sao lưu ngày 30/11/2026: 26 CĐCS, 3.410 đoàn viên, 14 quyết định');
    expect(within(dialog).getByTestId('restore-other-chosen').textContent).toBe('Tệp đã chọn: sao-luu.db');
    expect(backend.inputsOf('backups:upload')).toEqual([{ fileName: 'sao-luu.db', bytes: 'AQID', modifiedAt: '2026-11-30T03:00:00.000Z' }]);
    expect(backend.inputsOf('backups:preview')).toEqual([{ source: SOURCE }]);
    expect(backend.inputsOf('backups:restore')).toEqual([]);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Khôi phục' }));
    await waitFor(() => expect(backend.inputsOf('backups:restore')).toEqual([{ source: SOURCE }]));
    expect(await screen.findByText(/Dữ liệu trước khi khôi phục được lưu tại before-restore-2026-12-07\.db/)).toBeTruthy();
  });

  it('a refused file shows the backend\'s Vietnamese reason and cannot be restored', async () => {
    const message = 'Tệp "ghi-chu.db" là cơ sở dữ liệu SQLite nhưng không phải của UnionDesk (thiếu bảng members). Hãy chọn đúng tệp sao lưu; dữ liệu hiện tại chưa bị thay đổi.';
    const backend = fakeBackend({
      'backups:list': () => [],
      'backups:upload': () => ({ source: SOURCE, name: 'ghi-chu.db' }),
      'backups:preview': () => {
        throw new BackendError({ code: 'RESTORE_NOT_OURS', message });
      },
    });
    renderInApp(<RestoreBackup />);
    const dialog = await openDialog();
    expect(await within(dialog).findByText('Chưa có bản sao lưu nào trong thư mục dữ liệu.')).toBeTruthy();
    fireEvent.change(within(dialog).getByTestId('restore-file-input'), { target: { files: [new File(['x'], 'ghi-chu.db')] } });
    const refused = await within(dialog).findByTestId('restore-refused');
    expect(refused.textContent).toContain('Không thể khôi phục từ bản sao lưu này');
    expect(refused.textContent).toContain(message);
    expect(within(dialog).getByRole('button', { name: 'Khôi phục' }).hasAttribute('disabled')).toBe(true);
    expect(backend.inputsOf('backups:restore')).toEqual([]);
  });

  it('a file over the preview\'s upload limit is refused before anything is sent', async () => {
    const backend = fakeBackend({ 'backups:list': () => [] });
    renderInApp(<RestoreBackup />);
    const dialog = await openDialog();
    const huge = new File(['x'], 'lon.db');
    Object.defineProperty(huge, 'size', { value: 65 * 1024 * 1024 });
    fireEvent.change(within(dialog).getByTestId('restore-file-input'), { target: { files: [huge] } });
    expect((await within(dialog).findByTestId('restore-refused')).textContent).toContain('Tệp "lon.db" lớn hơn 64 MB');
    expect(backend.calls.map((c) => c.channel)).toEqual(['backups:list']);
  });

  it('in the desktop app asks main for its open dialog and previews the chosen file by its id; a cancel changes nothing', async () => {
    window.api = {} as DesktopApi;
    let answer: { source: string | null; name: string | null } = { source: null, name: null };
    const backend = fakeBackend({
      'backups:list': () => [LISTED],
      'files:chooseOpenFile': () => answer,
      'backups:preview': () => HELD,
    });
    renderInApp(<RestoreBackup />);
    const dialog = await openDialog();
    expect(within(dialog).queryByTestId('restore-file-input')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: /Khôi phục từ tệp khác…/ }));
    await waitFor(() => expect(backend.inputsOf('files:chooseOpenFile')).toHaveLength(1));
    expect(backend.inputsOf('backups:preview')).toEqual([]);

    answer = { source: SOURCE, name: 'sao-luu.db' };
    fireEvent.click(within(dialog).getByRole('button', { name: /Khôi phục từ tệp khác…/ }));
    expect((await within(dialog).findByTestId('restore-preview')).textContent).toContain('26 CĐCS, 3.410 đoàn viên');
    expect(backend.inputsOf('files:chooseOpenFile')).toEqual([{ extensions: ['db'] }, { extensions: ['db'] }]);
    expect(backend.inputsOf('backups:preview')).toEqual([{ source: SOURCE }]);
    expect(backend.calls.some((c) => c.channel === 'backups:upload')).toBe(false);
  });
});
