import type { Channel } from '../../shared/ipc/contract';
import { EVENT_NAMES, type EventMap, type EventName } from '../../shared/ipc/events';
import type { DesktopApi } from '../../shared/ipc/desktopApi';

export interface IpcRendererLike {
  invoke(channel: string, input: unknown): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

/**
 * One function per contract channel and one subscriber per event; nothing generic leaks out.
 * `channels` are the contract's names only: the build writes them in, so the preload carries no
 * schemas (main validates every input).
 */
export function buildDesktopApi(ipc: IpcRendererLike, channels: readonly Channel[]): DesktopApi {
  const calls = Object.fromEntries(
    channels.map((channel: Channel) => [channel, (input: unknown) => ipc.invoke(channel, input)]),
  );
  const events = Object.fromEntries(
    EVENT_NAMES.map((name: EventName) => [
      name,
      (callback: (payload: EventMap[typeof name]) => void) => {
        const listener = (_event: unknown, payload: unknown) => callback(payload as EventMap[typeof name]);
        ipc.on(`event:${name}`, listener);
        return () => void ipc.removeListener(`event:${name}`, listener);
      },
    ]),
  );
  return { calls, events } as DesktopApi;
}
