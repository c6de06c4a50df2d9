import { describe, expect, it, vi } from 'vitest';
import type { BackendClient } from '../../electron/main/backendClient';
import { superviseBackend } from '../../electron/main/backendSupervisor';

function fakeClient(name: string) {
  const client: BackendClient & { closed: boolean } = {
    closed: false,
    invoke: (channel) => Promise.resolve({ ok: true, value: `${name}:${channel}` }),
    close: () => {
      client.closed = true;
      return Promise.resolve();
    },
  };
  return client;
}

describe('superviseBackend', () => {
  it('starts a new worker when one exits on its own, and gives up after too many', async () => {
    const exits: (() => void)[] = [];
    const onRestarted = vi.fn();
    const onGaveUp = vi.fn();
    let started = 0;
    const client = await superviseBackend({
      start: (onExit) => {
        exits.push(onExit);
        return Promise.resolve(fakeClient(`w${++started}`));
      },
      onRestarted,
      onGaveUp,
      maxRestarts: 2,
    });
    expect(await client.invoke('app:info', {})).toEqual({ ok: true, value: 'w1:app:info' });
    exits[0]!();
    expect(await client.invoke('app:info', {})).toEqual({ ok: true, value: 'w2:app:info' });
    expect(onRestarted).toHaveBeenCalledWith(1);
    exits[1]!();
    await client.invoke('app:info', {});
    exits[2]!();
    expect(onGaveUp).toHaveBeenCalledTimes(1);
    expect(started).toBe(3);
  });

  it('does not restart after close', async () => {
    const exits: (() => void)[] = [];
    const last = fakeClient('w1');
    const client = await superviseBackend({ start: (onExit) => (exits.push(onExit), Promise.resolve(last)), onRestarted: vi.fn(), onGaveUp: vi.fn() });
    await client.close();
    exits[0]!();
    expect(exits).toHaveLength(1);
    expect(last.closed).toBe(true);
  });

  it('answers with an error when the restarted worker cannot start', async () => {
    const exits: (() => void)[] = [];
    const onGaveUp = vi.fn();
    let started = 0;
    const client = await superviseBackend({
      start: (onExit) => {
        exits.push(onExit);
        return ++started === 1 ? Promise.resolve(fakeClient('w1')) : Promise.reject(new Error('database locked'));
      },
      onRestarted: vi.fn(),
      onGaveUp,
    });
    exits[0]!();
    expect(await client.invoke('app:info', {})).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'database locked' } });
    expect(onGaveUp).toHaveBeenCalledWith(new Error('database locked'));
  });
});
