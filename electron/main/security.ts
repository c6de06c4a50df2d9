import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/csp';

export interface AppOrigin {
  /** file:// URL of the built renderer folder, with a trailing slash. */
  rendererDirUrl: string;
  /** The electron-vite dev server, in development only. */
  devServerUrl?: string | undefined;
}

/** Is this URL our own renderer? Everything else — the network included — is refused. */
export function isAppUrl(url: string, origin: AppOrigin): boolean {
  let parsed: URL;
  try {
    // Normalised first, so ".." (or "%2e%2e") cannot climb out of the renderer folder.
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.href.startsWith(origin.rendererDirUrl)) return true;
  if (origin.devServerUrl) {
    try {
      return parsed.origin === new URL(origin.devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}

/** Requests the renderer may make: its own files, devtools, and in-memory data/blob URLs. */
export function isAllowedRequest(url: string, origin: AppOrigin): boolean {
  if (isAppUrl(url, origin)) return true;
  return /^(devtools|data|blob|chrome-extension):/.test(url);
}

export interface SessionLike {
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders: Record<string, string[]> }) => void,
      ) => void,
    ): void;
  };
  setPermissionRequestHandler(handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
}

export function hardenSession(session: SessionLike, origin: AppOrigin, onBlocked: (url: string) => void = () => undefined): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, origin);
    if (!allowed) onBlocked(details.url);
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
}

export interface WebContentsLike {
  on(event: 'will-navigate', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export function hardenWebContents(contents: WebContentsLike, origin: AppOrigin): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, origin)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** webPreferences every window gets; checked by a test so nobody weakens them by accident. */
export function secureWebPreferences(preload: string) {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    spellcheck: false,
  } as const;
}
