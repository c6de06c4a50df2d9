import { afterEach, describe, expect, it, vi } from 'vitest';
import { App as AntApp } from 'antd';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ErrorBoundary } from '../../../renderer/src/features/desktop/ErrorBoundary';
import { fakeBackend, setupI18n } from '../fakeBackend';

let broken = true;
function Fragile() {
  if (broken) throw new Error('cannot read properties of undefined (reading "hoTen")');
  return <p>Danh sách đoàn viên</p>;
}

describe('the error screen', () => {
  afterEach(cleanup);

  it('shows a calm screen, saves the error information through the backend, and tries again', async () => {
    await setupI18n();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const backend = fakeBackend({
      'files:chooseSavePath': () => ({ target: null, name: null }),
      'diagnostics:save': () => ({ file: '/data/exports/thong-tin-loi-uniondesk-20261207.txt' }),
    });
    render(
      <AntApp>
        <ErrorBoundary>
          <Fragile />
        </ErrorBoundary>
      </AntApp>,
    );
    expect(screen.getByText('Màn hình này gặp sự cố')).toBeTruthy();
    expect(screen.getByText(/Dữ liệu đã lưu vẫn an toàn/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Lưu thông tin lỗi' }));
    expect(await screen.findByText('Đã lưu thông tin lỗi vào thong-tin-loi-uniondesk-20261207.txt.')).toBeTruthy();
    const [saved] = backend.inputsOf('diagnostics:save');
    expect(saved!.error).toContain('reading "hoTen"');
    expect(saved!.error).toContain('Fragile');

    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(screen.getByText('Danh sách đoàn viên')).toBeTruthy();
  }, 30_000);
});
