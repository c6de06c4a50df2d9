import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { BackupStatus } from '../../../shared/backups/model';
import { BackupReminder } from '../../../renderer/src/features/backups/BackupReminder';
import { fakeBackend, renderInApp, setupI18n } from '../members/harness';

const OLD: BackupStatus = { lastOutsideAt: '2026-11-20T08:00:00.000Z', lastOutsideFile: '/media/usb/a.db', lastAutomaticAt: null, remind: true };

describe('the dashboard reminds when no backup left the PC for a week', () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('names the last copy\'s date (dd/mm/yyyy); its button backs up and the banner goes', async () => {
    let status = OLD;
    const backend = fakeBackend({
      'backups:status': () => status,
      'files:chooseSavePath': () => ({ target: null, name: null }),
      'db:backup': () => {
        status = { ...OLD, lastOutsideAt: '2026-12-07T08:00:00.000Z', remind: false };
        return { file: '/data/backups/uniondesk.db', sizeBytes: 10, outside: false };
      },
    });
    renderInApp(<BackupReminder />);
    const banner = await screen.findByTestId('backup-reminder');
    expect(banner.textContent).toContain('Dữ liệu chưa được sao lưu ra ngoài máy');
    expect(banner.textContent).toContain('ngày 20/11/2026, đã hơn 7 ngày');
    fireEvent.click(screen.getByRole('button', { name: 'Sao lưu ra USB…' }));
    await waitFor(() => expect(screen.queryByTestId('backup-reminder')).toBeNull());
    expect(backend.inputsOf('db:backup')).toEqual([{}]);
  });

  it('says so when no copy ever left the PC, and shows nothing when a recent one did', async () => {
    fakeBackend({ 'backups:status': () => ({ ...OLD, lastOutsideAt: null, lastOutsideFile: null }) });
    renderInApp(<BackupReminder />);
    expect((await screen.findByTestId('backup-reminder')).textContent).toContain('Chưa có bản sao lưu nào ra ngoài máy');
    cleanup();
    const backend = fakeBackend({ 'backups:status': () => ({ ...OLD, remind: false }) });
    renderInApp(<BackupReminder />);
    await waitFor(() => expect(backend.calls).toHaveLength(1));
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
  });
});
