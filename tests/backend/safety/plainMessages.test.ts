import { describe, expect, it } from 'vitest';
import { toErrorShape } from '../../../electron/backend/core/appError';

const systemError = (message: string, code: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(message), { code, ...extra });

describe('system failures in plain words, never "Lỗi không mong muốn: <raw English>"', () => {
  it.each([
    [systemError('database or disk is full', 'SQLITE_FULL'), 'DISK_FULL', /Ổ đĩa đã đầy.*giải phóng dung lượng/],
    [systemError("ENOSPC: no space left on device, write", 'ENOSPC'), 'DISK_FULL', /Ổ đĩa đã đầy/],
    [systemError('database is locked', 'SQLITE_BUSY'), 'DB_LOCKED', /đang bận.*đợi/],
    [systemError("ENOENT: no such file or directory, open '/mnt/usb/x.db'", 'ENOENT', { path: '/mnt/usb/x.db' }), 'PATH_MISSING', /\/mnt\/usb\/x\.db.*USB/],
    [systemError('listen EADDRINUSE: address already in use 127.0.0.1:5173', 'EADDRINUSE', { port: 5173 }), 'PORT_IN_USE', /Cổng 5173.*--port/],
  ])('%s', (error, code, message) => {
    const shape = toErrorShape(error, 'vi');
    expect(shape.code).toBe(code);
    expect(shape.message).toMatch(message);
    expect(shape.message).not.toMatch(/Lỗi không mong muốn|SQLITE|ENOSPC|ENOENT/);
    expect(shape.message).not.toMatch(/khôi phục từ bản sao lưu/);
    expect(toErrorShape(error, 'en').message).not.toMatch(/^Unexpected error/);
  });

  it('anything else is still reported as unexpected', () => {
    expect(toErrorShape(new Error('boom'), 'vi').code).toBe('INTERNAL');
  });
});
