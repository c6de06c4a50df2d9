import { afterEach, describe, expect, it } from 'vitest';
import { App as AntApp } from 'antd';
import { act, cleanup, render, screen } from '@testing-library/react';
import { setTransport } from '../../../renderer/src/api/client';
import type { BackendEvent } from '../../../shared/ipc/events';
import { useBackendRestartNotice } from '../../../renderer/src/features/desktop/useBackendRestartNotice';
import { setupI18n } from '../fakeBackend';

function Host() {
  useBackendRestartNotice();
  return null;
}

describe('the worker restart notice', () => {
  afterEach(cleanup);

  it('tells the user when main restarted the backend', async () => {
    await setupI18n();
    const listeners: ((payload: BackendEvent) => void)[] = [];
    setTransport({
      kind: 'desktop',
      call: async () => ({ ok: false, error: { code: 'INTERNAL', message: 'unused' } }),
      on: (name, callback) => {
        if (name === 'backend') listeners.push(callback as (payload: BackendEvent) => void);
        return () => undefined;
      },
    });
    render(
      <AntApp>
        <Host />
      </AntApp>,
    );
    expect(listeners).toHaveLength(1);
    expect(screen.queryByText('Bộ xử lý dữ liệu đã được khởi động lại')).toBeNull();
    act(() => listeners[0]!({ state: 'restarted', restarts: 1 }));
    expect(await screen.findByText('Bộ xử lý dữ liệu đã được khởi động lại')).toBeTruthy();
    expect(screen.getByText(/Dữ liệu đã lưu vẫn an toàn/)).toBeTruthy();
  });
});
