import type { AppErrorShape, Result } from '../../shared/ipc/result';
import type { EventMap, EventName } from '../../shared/ipc/events';
import type { FromWorker, ToWorker } from './workerProtocol';

/** The part of a worker_threads Worker we use; injected so tests can drive it. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  on(event: 'message', listener: (message: FromWorker) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  terminate(): Promise<number>;
}

export interface BackendClient {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  close(): Promise<void>;
}

/** Waits for the worker to open the database, then forwards calls and events. */
export function connectBackend(
  worker: WorkerLike,
  onEvent: <E extends EventName>(name: E, payload: EventMap[E]) => void,
): Promise<BackendClient> {
  return new Promise((resolve, reject) => {
    let nextId = 1;
    const pending = new Map<number, (result: Result<unknown>) => void>();
    let closed: (() => void) | undefined;
    let failure: AppErrorShape | undefined;

    const client: BackendClient = {
      invoke(channel, input) {
        // A dead worker would never answer: say so at once instead of leaving the window waiting.
        if (failure) return Promise.resolve({ ok: false, error: failure });
        const id = nextId++;
        return new Promise((done) => {
          pending.set(id, done);
          worker.postMessage({ type: 'invoke', id, channel, input });
        });
      },
      close() {
        return new Promise<void>((done) => {
          closed = done;
          worker.postMessage({ type: 'close' });
        }).then(() => worker.terminate().then(() => undefined));
      },
    };

    worker.on('message', (message) => {
      switch (message.type) {
        case 'ready':
          return resolve(client);
        case 'startupError':
          return reject(Object.assign(new Error(message.error.message), { shape: message.error as AppErrorShape }));
        case 'result':
          pending.get(message.id)?.(message.result);
          pending.delete(message.id);
          return;
        case 'event':
          return onEvent(message.name, message.payload);
        case 'closed':
          return closed?.();
      }
    });
    worker.on('error', (error) => {
      reject(error);
      failure = { code: 'INTERNAL', message: error.message };
      for (const done of pending.values()) {
        done({ ok: false, error: failure });
      }
      pending.clear();
    });
  });
}
