import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/backend/core/dispatch';
import { AppError } from '../../electron/backend/core/appError';
import type { BackendContext } from '../../electron/backend/core/context';
import type { HandlerMap } from '../../electron/backend/core/handler';
import { call, callError, useTempDirs } from '../fixtures/backend';

const temp = useTempDirs();

describe('dispatch through a real backend', () => {
  it('answers an unknown channel with UNKNOWN_CHANNEL', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    for (const channel of ['nope:nothing', '', 'constructor', '__proto__', 'toString', 'settings:get ']) {
      const error = await callError(backend, channel, {});
      expect(error.code, channel).toBe('UNKNOWN_CHANNEL');
      expect(error.details).toEqual({ channel });
    }
  });

  it.each([
    ['settings:update', 'office.name=X'],
    ['settings:update', ['office.name', 'X']],
    ['settings:update', 42],
    ['settings:update', { 'office.name': 123 }],
    ['settings:update', { 'office.name': 'X', extra: true }],
    ['settings:update', JSON.parse('{"__proto__": {"office.name": "X"}}')],
    ['app:info', { extra: 1 }],
    ['app:info', 'info'],
    ['baseSalary:delete', { id: '1' }],
    ['baseSalary:delete', { id: 1.5 }],
    ['baseSalary:delete', {}],
    ['baseSalary:save', { effectiveFrom: 20260701, amount: 2_530_000 }],
    ['setup:start', { mode: 'demo', unions: 'many' }],
    ['setup:start', { mode: 'everything' }],
    ['setup:start', { mode: 'demo', unions: 1_000_000 }],
    ['setup:start', { mode: 'demo', jobId: '../../x' }],
    ['jobs:cancel', { jobId: 5 }],
    ['jobs:cancel', null],
  ])('%s with %j → VALIDATION, not an exception', async (channel, input) => {
    const backend = temp.open({ dataDir: temp.dir() });
    const result = await backend.invoke(channel, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toMatch(/^Dữ liệu không hợp lệ: /);
    expect(result.error.details).toHaveProperty('issues');
    // Nothing reached the database.
    expect((await call(backend, 'app:info', {})).setupDone).toBe(false);
    expect((await call(backend, 'settings:get', {}))['office.name']).toBe('');
  });

  it('treats a missing input of a no-argument channel as {}', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    expect((await backend.invoke('app:info', undefined)).ok).toBe(true);
  });

  it('runs calls one at a time: a call made during a long job sees the job finished', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const order: string[] = [];
    const setup = backend.invoke('setup:start', { mode: 'demo', unions: 3000, year: 2025 }).then((r) => {
      order.push('setup');
      return r;
    });
    const summary = backend.invoke('organizations:summary', {}).then((r) => {
      order.push('summary');
      return r;
    });
    const [setupResult, summaryResult] = await Promise.all([setup, summary]);
    expect(setupResult.ok).toBe(true);
    expect(order).toEqual(['setup', 'summary']);
    expect(summaryResult).toMatchObject({ ok: true, value: { grassrootsTotal: 3000 } });
  });
});

describe('createDispatcher', () => {
  const context = { locale: 'vi' } as BackendContext;
  const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('never runs two handlers at once, and runs them in call order', async () => {
    const log: string[] = [];
    let running = 0;
    const tracked = (name: string, ms: number) => async () => {
      running++;
      expect(running).toBe(1);
      log.push(`start ${name}`);
      await delay(ms);
      log.push(`end ${name}`);
      running--;
      return name;
    };
    const { invoke } = createDispatcher(
      { 'app:info': tracked('a', 30), 'settings:get': tracked('b', 1), 'baseSalary:list': tracked('c', 10) } as unknown as HandlerMap,
      () => context,
    );
    const results = await Promise.all([invoke('app:info', {}), invoke('settings:get', {}), invoke('baseSalary:list', {})]);
    expect(results).toEqual([
      { ok: true, value: 'a' },
      { ok: true, value: 'b' },
      { ok: true, value: 'c' },
    ]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('lets jobs:cancel through while another call holds the queue', async () => {
    let release: () => void = () => undefined;
    const { invoke } = createDispatcher(
      {
        'setup:start': () => new Promise((resolve) => (release = () => resolve('done'))),
        'jobs:cancel': () => ({ cancelled: true }),
      } as unknown as HandlerMap,
      () => context,
    );
    const long = invoke('setup:start', { mode: 'demo' });
    await delay(5);
    expect(await invoke('jobs:cancel', { jobId: 'job-123' })).toEqual({ ok: true, value: { cancelled: true } });
    release();
    expect(await long).toEqual({ ok: true, value: 'done' });
  });

  it('wraps thrown errors into envelopes and keeps serving afterwards', async () => {
    const { invoke } = createDispatcher(
      {
        'app:info': () => {
          throw new TypeError('boom');
        },
        'settings:get': () => Promise.reject(new AppError('NOT_FOUND', { what: 'cài đặt' })),
        'baseSalary:list': () => [],
      } as unknown as HandlerMap,
      () => context,
    );
    const originalError = console.error;
    console.error = () => undefined;
    try {
      expect(await invoke('app:info', {})).toEqual({
        ok: false,
        error: { code: 'INTERNAL', message: 'Lỗi không mong muốn: boom', details: { reason: 'boom' } },
      });
    } finally {
      console.error = originalError;
    }
    expect(await invoke('settings:get', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy cài đặt.' } });
    expect(await invoke('baseSalary:list', {})).toEqual({ ok: true, value: [] });
  });

  it('does not call the handler when the input is invalid', async () => {
    let called = false;
    const { invoke } = createDispatcher(
      {
        'baseSalary:delete': () => {
          called = true;
          return [];
        },
      } as unknown as HandlerMap,
      () => context,
    );
    expect(await invoke('baseSalary:delete', { id: -1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(called).toBe(false);
  });
});
