import type { DesktopApi } from '@shared/ipc/desktopApi';
import type { EventMap, EventName } from '@shared/ipc/events';
import type { Result } from '@shared/ipc/result';

/** A refusal in the user's language: the catalogue is loaded only then, so a window's first calls need none. */
const appText = async (key: 'app.previewRefused' | 'app.previewUnreachable') => (await import('../i18n')).i18n.t(key);

export interface Transport {
  kind: 'desktop' | 'preview';
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  on<E extends EventName>(name: E, callback: (payload: EventMap[E]) => void): () => void;
}

declare global {
  interface Window {
    api?: DesktopApi;
  }
}

function desktopTransport(api: DesktopApi): Transport {
  return {
    kind: 'desktop',
    call: (channel, input) => (api.calls as Record<string, (input: unknown) => Promise<Result<unknown>>>)[channel]!(input),
    on: (name, callback) => api.events[name](callback),
  };
}

/** The browser preview: the same calls over HTTP to 127.0.0.1 with the page's per-run token. */
function previewTransport(token: string): Transport {
  let source: EventSource | undefined;
  return {
    kind: 'preview',
    async call(channel, input) {
      try {
        const response = await fetch(`/api/call/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-UnionDesk-Token': token },
          body: JSON.stringify(input ?? {}),
        });
        if (response.status === 403) return { ok: false, error: { code: 'FORBIDDEN', message: await appText('app.previewRefused') } };
        return (await response.json()) as Result<unknown>;
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: await appText('app.previewUnreachable') } };
      }
    },
    on(name, callback) {
      source ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      const listener = (event: MessageEvent<string>) => callback(JSON.parse(event.data) as EventMap[typeof name]);
      source.addEventListener(name, listener);
      return () => source?.removeEventListener(name, listener);
    },
  };
}

/** The per-run token the preview server put into the page. */
export function previewToken(): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[name="uniondesk-token"]')?.content;
}

export function pickTransport(): Transport {
  if (window.api) return desktopTransport(window.api);
  const token = previewToken();
  if (!token) throw new Error('UnionDesk: no desktop bridge and no preview token');
  return previewTransport(token);
}
