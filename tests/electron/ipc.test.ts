import { describe, expect, it, vi } from 'vitest';
import { registerIpcHandlers, type IpcMainLike } from '../../electron/main/ipc';
import { CHANNELS } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';

type Listener = Parameters<IpcMainLike['handle']>[1];

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler(channel) {
      handlers.delete(channel);
    },
  };
  return { ipcMain, handlers };
}

const APP_URL = 'file:///opt/UnionDesk/resources/app.asar/out/renderer/index.html';
const isTrustedUrl = (url: string) => url.startsWith('file:///opt/UnionDesk/resources/app.asar/out/renderer/');

function setup(reply: Result<unknown> = { ok: true, value: 'from backend' }) {
  const { ipcMain, handlers } = fakeIpcMain();
  const invoke = vi.fn(async (_channel: string, _input: unknown): Promise<Result<unknown>> => reply);
  const unregister = registerIpcHandlers({ ipcMain, invoke, isTrustedUrl });
  const send = (channel: string, input: unknown, url: string | null = APP_URL) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler({ senderFrame: url === null ? null : { url } }, input) as Promise<Result<unknown>>;
  };
  return { handlers, invoke, unregister, send };
}

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels, and unregisters them all', () => {
    const { handlers, unregister } = setup();
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  it.each([
    ['another web site', 'https://evil.example/'],
    ['another local page', 'file:///tmp/other/index.html'],
    ['a look-alike folder', 'file:///opt/UnionDesk/resources/app.asar/out/renderer-evil/index.html'],
    ['an empty URL', ''],
    ['no frame at all', null],
  ])('refuses %s with FORBIDDEN without calling the backend', async (_what, url) => {
    const { invoke, send } = setup();
    for (const channel of CHANNELS) {
      const result = await send(channel, {}, url);
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      if (!result.ok) expect(result.error.message).toMatch(/^Yêu cầu bị từ chối: /);
    }
    expect(invoke).not.toHaveBeenCalled();
  });

  it.each([
    ['settings:update', { 'office.workingYear': 1800 }],
    ['settings:update', { unknown: 1 }],
    ['settings:update', 'not an object'],
    ['baseSalary:delete', { id: 'one' }],
    ['app:info', { extra: true }],
    ['setup:start', { mode: 'demo', unions: -1 }],
  ])('refuses invalid input to %s with VALIDATION without calling the backend', async (channel, input) => {
    const { invoke, send } = setup();
    const result = await send(channel, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: expect.any(Array) } } });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('forwards a valid call with the parsed input and returns the backend result', async () => {
    const { invoke, send } = setup({ ok: true, value: { cancelled: true } });
    expect(await send('jobs:cancel', { jobId: 'job-12345' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(invoke).toHaveBeenCalledWith('jobs:cancel', { jobId: 'job-12345' });

    await send('setup:start', { mode: 'demo' });
    // Defaults from the schema are filled in before the backend sees the input.
    expect(invoke.mock.lastCall?.[0]).toBe('setup:start');
    expect(invoke.mock.lastCall?.[1]).toMatchObject({ mode: 'demo', unions: 120, seed: 1 });
    await send('settings:update', { 'office.name': '  Công đoàn xã Phú Nghĩa ' });
    expect(invoke).toHaveBeenLastCalledWith('settings:update', { 'office.name': 'Công đoàn xã Phú Nghĩa' });
  });

  it('passes backend errors through unchanged', async () => {
    const error = { ok: false as const, error: { code: 'SETUP_ALREADY_DONE' as const, message: 'đã khởi tạo' } };
    const { send } = setup(error);
    expect(await send('setup:start', { mode: 'empty' })).toEqual(error);
  });

  it('answers in English once the settings say so', async () => {
    const { send } = setup({ ok: true, value: { 'ui.language': 'en' } });
    expect(await send('settings:get', {})).toMatchObject({ ok: true });
    const forbidden = await send('app:info', {}, 'https://evil.example/');
    expect(forbidden).toMatchObject({ ok: false, error: { message: 'Request refused: https://evil.example/' } });
    const invalid = await send('settings:update', { 'office.name': '' });
    expect(invalid).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Invalid data: Office name/) } });
  });

  it('words a call lost to a worker restart in the user language', async () => {
    const { send } = setup({ ok: false, error: { code: 'BACKEND_RESTARTED', message: 'backend worker exited (1)' } });
    const result = await send('app:info', {});
    expect(result).toEqual({ ok: false, error: { code: 'BACKEND_RESTARTED', message: expect.stringContaining('khởi động lại') } });
  });
});
