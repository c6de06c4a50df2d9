import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError, call, setTransport } from '../../../renderer/src/api/client';
import { errorText, ShownError } from '../../../renderer/src/api/errorText';
import { pickTransport } from '../../../renderer/src/api/transport';
import { setupI18n } from '../fakeBackend';

/** The one text a screen shows for a failure. */
describe('errorText', () => {
  beforeAll(setupI18n);
  afterEach(() => {
    vi.unstubAllGlobals();
    document.head.querySelector('meta[name="uniondesk-token"]')?.remove();
  });

  it("shows a failed call's message, already in the user's language", () => {
    expect(errorText(new ApiError({ code: 'NOT_FOUND', message: 'Không tìm thấy công đoàn cơ sở.' }))).toBe('Không tìm thấy công đoàn cơ sở.');
  });

  it("shows the renderer's own message written for the user", () => {
    expect(errorText(new ShownError('Tệp quá lớn.'))).toBe('Tệp quá lớn.');
  });

  it('never shows the raw English message of an unexpected error', async () => {
    const i18n = await setupI18n();
    expect(errorText(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(
      'Đã có lỗi không mong muốn. Hãy thử lại; nếu vẫn lỗi, hãy báo cho người hỗ trợ.',
    );
    expect(errorText('boom')).toBe(i18n.t('app.unexpectedError'));
    await i18n.changeLanguage('en');
    expect(errorText(new Error('boom'))).toBe('Something unexpected went wrong. Please try again; if it keeps failing, tell whoever supports you.');
    await i18n.changeLanguage('vi');
  });

  it('shows a lost connection of the browser preview in the user\'s language', async () => {
    const meta = document.createElement('meta');
    meta.name = 'uniondesk-token';
    meta.content = 'run-token';
    document.head.append(meta);
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    setTransport(pickTransport());
    const failure = await call('app:info', {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(errorText(failure)).toBe('Không kết nối được với UnionDesk. Hãy kiểm tra ứng dụng còn đang chạy rồi thử lại.');
  });

  it('shows a refused preview request in the user\'s language', async () => {
    const meta = document.createElement('meta');
    meta.name = 'uniondesk-token';
    meta.content = 'stale-token';
    document.head.append(meta);
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 403 })));
    setTransport(pickTransport());
    const failure = await call('app:info', {}).catch((error: unknown) => error);
    expect(errorText(failure)).toBe('UnionDesk từ chối yêu cầu từ trang này. Hãy mở lại bản xem thử từ ứng dụng.');
  });
});
