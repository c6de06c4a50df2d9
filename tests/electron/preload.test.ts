import { describe, expect, it, vi } from 'vitest';
import { buildDesktopApi, type IpcRendererLike } from '../../electron/preload/buildApi';
import { CHANNELS } from '../../shared/ipc/contract';
import { EVENT_NAMES, type ProgressEvent } from '../../shared/ipc/events';

type Listener = (event: unknown, payload: unknown) => void;

function fakeIpcRenderer() {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
    on: vi.fn((channel: string, listener: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
    }),
    send: vi.fn(),
  } satisfies IpcRendererLike & { send: unknown };
  const emit = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipc-event-object' }, payload);
  };
  return { ipc, emit, listeners };
}

/** Every key reachable from an object, at any depth. */
function allKeys(value: unknown, out: string[] = []): string[] {
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      out.push(key);
      allKeys(inner, out);
    }
  }
  return out;
}

describe('buildDesktopApi', () => {
  it('has one function per contract channel and one subscriber per event, nothing else', () => {
    const { ipc } = fakeIpcRenderer();
    const api = buildDesktopApi(ipc, CHANNELS);
    expect(Object.keys(api).sort()).toEqual(['calls', 'events']);
    expect(Object.keys(api.calls).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(api.events).sort()).toEqual([...EVENT_NAMES].sort());
    for (const fn of [...Object.values(api.calls), ...Object.values(api.events)]) expect(typeof fn).toBe('function');
    const keys = allKeys(api);
    for (const forbidden of ['invoke', 'send', 'sendSync', 'on', 'ipcRenderer', 'removeListener', 'postMessage']) {
      expect(keys).not.toContain(forbidden);
    }
  });

  it('each call invokes its own channel with the input, and nothing else', async () => {
    const { ipc } = fakeIpcRenderer();
    const api = buildDesktopApi(ipc, CHANNELS);
    for (const channel of CHANNELS) {
      const call = api.calls[channel] as (input: unknown) => Promise<unknown>;
      const input = { probe: channel };
      expect(await call(input)).toEqual({ ok: true, value: { channel, input } });
      expect(ipc.invoke).toHaveBeenLastCalledWith(channel, input);
    }
    expect(ipc.invoke).toHaveBeenCalledTimes(CHANNELS.length);
    expect(ipc.send).not.toHaveBeenCalled();
  });

  it('subscribes to event:progress, passes only the payload, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpcRenderer();
    const api = buildDesktopApi(ipc, CHANNELS);
    const seen: ProgressEvent[] = [];
    const seenArgs: unknown[][] = [];
    const unsubscribe = api.events.progress((payload, ...rest: unknown[]) => {
      seen.push(payload);
      seenArgs.push(rest);
    });
    expect(ipc.on).toHaveBeenCalledWith('event:progress', expect.any(Function));
    const event: ProgressEvent = { jobId: 'job-123456', phase: 'seed.unions', done: 1, total: 2 };
    emit('event:progress', event);
    expect(seen).toEqual([event]);
    expect(seenArgs).toEqual([[]]);
    emit('event:other', event);
    expect(seen).toHaveLength(1);

    unsubscribe();
    expect(ipc.removeListener).toHaveBeenCalledWith('event:progress', ipc.on.mock.calls[0]?.[1]);
    expect(listeners.get('event:progress')?.size).toBe(0);
    emit('event:progress', event);
    expect(seen).toHaveLength(1);
  });

  it('keeps two subscribers apart', () => {
    const { ipc, emit } = fakeIpcRenderer();
    const api = buildDesktopApi(ipc, CHANNELS);
    const a = vi.fn();
    const b = vi.fn();
    const offA = api.events.progress(a);
    api.events.progress(b);
    offA();
    emit('event:progress', { jobId: 'job-123456', phase: 'x', done: 1, total: 1 });
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledTimes(1);
  });
});
