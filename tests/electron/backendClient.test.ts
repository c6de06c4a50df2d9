import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { connectBackend, type WorkerLike } from '../../electron/main/backendClient';
import type { FromWorker, ToWorker } from '../../electron/main/workerProtocol';

class FakeWorker extends EventEmitter implements WorkerLike {
  readonly posted: ToWorker[] = [];
  terminated = false;

  postMessage(message: ToWorker): void {
    this.posted.push(message);
  }

  terminate(): Promise<number> {
    this.terminated = true;
    return Promise.resolve(0);
  }

  send(message: FromWorker): void {
    this.emit('message', message);
  }

  /** The id of the last invoke posted for `channel`. */
  idOf(channel: string): number {
    const message = this.posted.findLast((m) => m.type === 'invoke' && m.channel === channel);
    if (message?.type !== 'invoke') throw new Error(`no invoke for ${channel}`);
    return message.id;
  }
}

async function connected() {
  const worker = new FakeWorker();
  const onEvent = vi.fn();
  const pending = connectBackend(worker, onEvent);
  worker.send({ type: 'ready', dbFile: '/data/uniondesk.db' });
  return { worker, onEvent, client: await pending };
}

describe('connectBackend', () => {
  it('resolves once the worker is ready', async () => {
    const { client } = await connected();
    expect(typeof client.invoke).toBe('function');
  });

  it('rejects with the worker’s message when the database cannot be opened', async () => {
    const worker = new FakeWorker();
    const pending = connectBackend(worker, vi.fn());
    const shape = { code: 'DB_TOO_NEW' as const, message: 'Cơ sở dữ liệu được tạo bởi phiên bản UnionDesk mới hơn' };
    worker.send({ type: 'startupError', error: shape });
    await expect(pending).rejects.toThrow('Cơ sở dữ liệu được tạo bởi phiên bản UnionDesk mới hơn');
    await expect(pending).rejects.toMatchObject({ shape });
  });

  it('routes results to their calls by id, whatever order they come back in', async () => {
    const { worker, client } = await connected();
    const first = client.invoke('app:info', {});
    const second = client.invoke('settings:get', { a: 1 });
    expect(worker.posted).toEqual([
      { type: 'invoke', id: worker.idOf('app:info'), channel: 'app:info', input: {} },
      { type: 'invoke', id: worker.idOf('settings:get'), channel: 'settings:get', input: { a: 1 } },
    ]);
    expect(worker.idOf('app:info')).not.toBe(worker.idOf('settings:get'));
    worker.send({ type: 'result', id: worker.idOf('settings:get'), result: { ok: true, value: 'second' } });
    worker.send({ type: 'result', id: worker.idOf('app:info'), result: { ok: true, value: 'first' } });
    expect(await first).toEqual({ ok: true, value: 'first' });
    expect(await second).toEqual({ ok: true, value: 'second' });
    // A stray or repeated result is ignored.
    expect(() => worker.send({ type: 'result', id: 999, result: { ok: true, value: null } })).not.toThrow();
  });

  it('forwards events', async () => {
    const { worker, onEvent } = await connected();
    const payload = { jobId: 'job-123456', phase: 'seed.unions', done: 500, total: 1000 };
    worker.send({ type: 'event', name: 'progress', payload });
    expect(onEvent).toHaveBeenCalledWith('progress', payload);
  });

  it('fails pending calls when the worker errors', async () => {
    const { worker, client } = await connected();
    const a = client.invoke('app:info', {});
    const b = client.invoke('db:verify', {});
    worker.emit('error', new Error('worker crashed'));
    expect(await a).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'worker crashed' } });
    expect(await b).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'worker crashed' } });
  });

  it('answers calls made after the worker failed instead of leaving them hanging', async () => {
    const { worker, client } = await connected();
    worker.emit('error', new Error('worker crashed'));
    const late = await Promise.race([
      client.invoke('app:info', {}),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 200)),
    ]);
    expect(late).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'worker crashed' } });
  });

  it('rejects startup when the worker errors before it is ready', async () => {
    const worker = new FakeWorker();
    const pending = connectBackend(worker, vi.fn());
    worker.emit('error', new Error('cannot load better-sqlite3'));
    await expect(pending).rejects.toThrow('cannot load better-sqlite3');
  });

  it('close asks the worker to close the database, then terminates it', async () => {
    const { worker, client } = await connected();
    const closing = client.close();
    expect(worker.posted.at(-1)).toEqual({ type: 'close' });
    expect(worker.terminated).toBe(false);
    worker.send({ type: 'closed' });
    await closing;
    expect(worker.terminated).toBe(true);
  });

  it('fails calls in flight and answers later ones at once when the worker exits; close does not wait for it', async () => {
    const onUnexpectedExit = vi.fn();
    const worker = new FakeWorker();
    const pending = connectBackend(worker, vi.fn(), { onUnexpectedExit });
    worker.send({ type: 'ready', dbFile: '/data/uniondesk.db' });
    const client = await pending;
    const inFlight = client.invoke('app:info', {});
    worker.emit('exit', 1);
    expect(await inFlight).toMatchObject({ ok: false, error: { code: 'BACKEND_RESTARTED' } });
    expect(await client.invoke('app:info', {})).toMatchObject({ ok: false, error: { code: 'BACKEND_RESTARTED' } });
    expect(onUnexpectedExit).toHaveBeenCalledTimes(1);
    await client.close();
    expect(worker.terminated).toBe(true);
  });

  it('an exit after close is not unexpected', async () => {
    const onUnexpectedExit = vi.fn();
    const worker = new FakeWorker();
    const pending = connectBackend(worker, vi.fn(), { onUnexpectedExit });
    worker.send({ type: 'ready', dbFile: '/data/uniondesk.db' });
    const closing = (await pending).close();
    worker.send({ type: 'closed' });
    worker.emit('exit', 0);
    await closing;
    expect(onUnexpectedExit).not.toHaveBeenCalled();
  });
});
