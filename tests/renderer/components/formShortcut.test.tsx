import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FormModal } from '../../../renderer/src/components/FormModal';
import { RestoreBackup } from '../../../renderer/src/features/backups/RestoreBackup';
import { fakeBackend, renderInApp, setupI18n } from '../members/harness';

const HELD = { name: 'uniondesk-2026-12-01.db', at: '2026-12-01T03:00:00.000Z', sizeBytes: 10, unions: 2, members: 30, decisions: 1 };

describe('the footer hint says what Ctrl+Enter does in this dialog', () => {
  let i18n: Awaited<ReturnType<typeof setupI18n>>;
  beforeAll(async () => {
    i18n = await setupI18n();
  });
  afterEach(async () => {
    cleanup();
    delete window.api;
    await i18n.changeLanguage('vi');
  });

  it('a form that saves says "Ctrl+Enter để lưu"', () => {
    renderInApp(<FormModal open title="Sửa" dirty={false} onClose={vi.fn()} onSubmit={vi.fn()}>x</FormModal>);
    expect(within(screen.getByRole('dialog')).getByTestId('form-shortcut').textContent).toBe('Ctrl+Enter để lưu');
  });

  it('a dialog whose button does something else names that action, in Vietnamese and in English', async () => {
    const { unmount } = renderInApp(<FormModal open title="Chuyển" dirty={false} okText="Chuyển sinh hoạt" onClose={vi.fn()} onSubmit={vi.fn()}>x</FormModal>);
    expect(screen.getByTestId('form-shortcut').textContent).toBe('Ctrl+Enter: Chuyển sinh hoạt');
    unmount();
    await i18n.changeLanguage('en');
    renderInApp(<FormModal open title="Move" dirty={false} okText="Move" onClose={vi.fn()} onSubmit={vi.fn()}>x</FormModal>);
    expect(screen.getByTestId('form-shortcut').textContent).toBe('Ctrl+Enter: Move');
  });

  it('a dialog that only closes shows no hint', () => {
    renderInApp(<FormModal open title="Xem" dirty={false} onClose={vi.fn()}>x</FormModal>);
    expect(within(screen.getByRole('dialog')).queryByTestId('form-shortcut')).toBeNull();
  });

  it('the restore dialog says Ctrl+Enter restores, and it does', async () => {
    const backend = fakeBackend({
      'backups:list': () => [{ name: HELD.name, at: HELD.at, sizeBytes: HELD.sizeBytes }],
      'backups:preview': () => HELD,
      'backups:restore': () => ({ restoredFrom: '/data/backups/x.db', safetyBackup: '/data/backups/before-restore.db' }),
    });
    renderInApp(<RestoreBackup onRestored={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Khôi phục từ bản sao lưu…' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('form-shortcut').textContent).toBe('Ctrl+Enter: Khôi phục');
    expect(dialog.textContent).not.toContain('để lưu');
    fireEvent.click(await within(dialog).findByRole('radio', { name: /uniondesk-2026-12-01\.db/ }));
    await within(dialog).findByTestId('restore-preview');
    fireEvent.keyDown(within(dialog).getByRole('radio', { name: /uniondesk-2026-12-01\.db/ }), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(backend.inputsOf('backups:restore')).toEqual([{ name: HELD.name }]));
  });
});
