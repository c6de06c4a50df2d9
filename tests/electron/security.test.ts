import { describe, expect, it, vi } from 'vitest';
import {
  hardenSession,
  hardenWebContents,
  isAllowedRequest,
  isAppUrl,
  secureWebPreferences,
  type AppOrigin,
  type SessionLike,
  type WebContentsLike,
} from '../../electron/main/security';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/csp';

const packaged: AppOrigin = { rendererDirUrl: 'file:///opt/UnionDesk/resources/app.asar/out/renderer/' };
const dev: AppOrigin = { ...packaged, devServerUrl: 'http://localhost:5173/' };

describe('isAppUrl', () => {
  it('accepts files of the renderer folder only', () => {
    expect(isAppUrl('file:///opt/UnionDesk/resources/app.asar/out/renderer/index.html', packaged)).toBe(true);
    expect(isAppUrl('file:///opt/UnionDesk/resources/app.asar/out/renderer/assets/index-abc.js', packaged)).toBe(true);
    expect(isAppUrl('file:///opt/UnionDesk/resources/app.asar/out/renderer/index.html#/settings', packaged)).toBe(true);
    expect(isAppUrl('file:///tmp/other/index.html', packaged)).toBe(false);
    expect(isAppUrl('file:///opt/UnionDesk/resources/app.asar/out/renderer-evil/index.html', packaged)).toBe(false);
    expect(isAppUrl('file:///opt/UnionDesk/resources/app.asar/out/renderer/../../../../../etc/passwd', packaged)).toBe(false);
    expect(isAppUrl('file:///opt/UnionDesk/resources/app.asar/out/renderer/%2e%2e/%2e%2e/secret', packaged)).toBe(false);
    expect(isAppUrl('https://evil.example/', packaged)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', packaged)).toBe(false);
    expect(isAppUrl('', packaged)).toBe(false);
    expect(isAppUrl('not a url', packaged)).toBe(false);
  });

  it('accepts the dev server origin only when one is given', () => {
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.tsx?v=1', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl('http://localhost.evil.example:5173/', dev)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isAppUrl('not a url', dev)).toBe(false);
    expect(isAppUrl('file:///opt/UnionDesk/resources/app.asar/out/renderer/index.html', dev)).toBe(true);
  });
});

describe('isAllowedRequest', () => {
  it('allows the app, data:, blob: and devtools:', () => {
    for (const url of [
      'file:///opt/UnionDesk/resources/app.asar/out/renderer/assets/tinos.woff2',
      'data:image/png;base64,iVBORw0KGgo=',
      'blob:file:///6b3e2c1a-1111-2222-3333-444455556666',
      'devtools://devtools/bundled/devtools_app.html',
    ]) {
      expect(isAllowedRequest(url, packaged), url).toBe(true);
    }
  });

  it('refuses the network and other local files', () => {
    for (const url of [
      'https://example.com/',
      'http://example.com/font.woff2',
      'http://127.0.0.1:8080/api',
      'http://localhost:5173/',
      'ws://example.com/socket',
      'wss://example.com/socket',
      'ftp://example.com/file',
      'file:///etc/passwd',
      'file:///C:/Users/someone/Documents/secret.xlsx',
      'https://fonts.googleapis.com/css?family=Tinos',
      'javascript:alert(1)',
    ]) {
      expect(isAllowedRequest(url, packaged), url).toBe(false);
    }
    expect(isAllowedRequest('https://localhost:5173/', dev)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/@vite/client', dev)).toBe(true);
  });
});

function fakeSession() {
  let beforeRequest: Parameters<SessionLike['webRequest']['onBeforeRequest']>[0] | undefined;
  let headersReceived: Parameters<SessionLike['webRequest']['onHeadersReceived']>[0] | undefined;
  let permission: Parameters<SessionLike['setPermissionRequestHandler']>[0] | undefined;
  const session: SessionLike = {
    webRequest: {
      onBeforeRequest: (listener) => void (beforeRequest = listener),
      onHeadersReceived: (listener) => void (headersReceived = listener),
    },
    setPermissionRequestHandler: (handler) => void (permission = handler),
  };
  const must = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('listener not installed');
    return value;
  };
  return {
    session,
    request(url: string) {
      const callback = vi.fn();
      must(beforeRequest)({ url }, callback);
      return callback.mock.calls[0]?.[0] as { cancel: boolean };
    },
    headers(responseHeaders?: Record<string, string[]>) {
      const callback = vi.fn();
      must(headersReceived)(responseHeaders ? { responseHeaders } : {}, callback);
      return (callback.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> }).responseHeaders;
    },
    permission(name: string) {
      const callback = vi.fn();
      must(permission)({}, name, callback);
      return callback.mock.calls[0]?.[0] as boolean;
    },
  };
}

describe('hardenSession', () => {
  it('cancels a request to https://example.com and reports it', () => {
    const fake = fakeSession();
    const blocked = vi.fn();
    hardenSession(fake.session, packaged, blocked);
    expect(fake.request('https://example.com/')).toEqual({ cancel: true });
    expect(blocked).toHaveBeenCalledWith('https://example.com/');
  });

  it('lets the app’s own files through', () => {
    const fake = fakeSession();
    const blocked = vi.fn();
    hardenSession(fake.session, packaged, blocked);
    expect(fake.request('file:///opt/UnionDesk/resources/app.asar/out/renderer/index.html')).toEqual({ cancel: false });
    expect(fake.request('data:text/plain,hi')).toEqual({ cancel: false });
    expect(blocked).not.toHaveBeenCalled();
  });

  it('sets the Content-Security-Policy header on every response, keeping the others', () => {
    const fake = fakeSession();
    hardenSession(fake.session, packaged);
    expect(fake.headers({ 'Content-Type': ['text/html'] })).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
    expect(fake.headers()).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:/);
  });

  it('denies every permission request', () => {
    const fake = fakeSession();
    hardenSession(fake.session, packaged);
    for (const name of ['geolocation', 'media', 'notifications', 'openExternal']) expect(fake.permission(name)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  function fakeContents() {
    let navigate: ((event: { preventDefault(): void }, url: string) => void) | undefined;
    let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
    const contents: WebContentsLike = {
      on: (_event, listener) => void (navigate = listener),
      setWindowOpenHandler: (handler) => void (openHandler = handler),
    };
    return {
      contents,
      navigate(url: string) {
        const event = { preventDefault: vi.fn() };
        navigate?.(event, url);
        return event.preventDefault.mock.calls.length > 0;
      },
      open: (url: string) => openHandler?.({ url }),
    };
  }

  it('prevents navigation away from the app', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, packaged);
    expect(fake.navigate('https://evil.example/')).toBe(true);
    expect(fake.navigate('file:///tmp/other/index.html')).toBe(true);
    expect(fake.navigate('file:///opt/UnionDesk/resources/app.asar/out/renderer/index.html')).toBe(false);
  });

  it('denies window.open, whatever the URL', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, packaged);
    expect(fake.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(fake.open('file:///opt/UnionDesk/resources/app.asar/out/renderer/index.html')).toEqual({ action: 'deny' });
  });
});

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer, without Node', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(prefs).not.toHaveProperty('nodeIntegrationInWorker', true);
    expect(prefs).not.toHaveProperty('enableRemoteModule');
  });
});
