import type { AppErrorShape, Result } from '../../shared/ipc/result';
import type { BackendEventMap as EventMap, BackendEventName as EventName } from '../../shared/ipc/events';
import type { FromWorker, ToWorker } from './workerProtocol';

/** The part of a worker_threads Worker we use; injected so tests can drive it. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  on(event: 'message', listener: (message: FromWorker) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (exitCode: number) => void): unknown;
  terminate(): Promise<number>;
}

export interface BackendClient {
  /** `grant`: the path behind the call's target id, which only main knows. */
  invoke(channel: string, input: unknown, grant?: { id: string; path: string; read?: boolean }): Promise<Result<unknown>>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** The worker stopped on its own (a crash, an out-of-memory kill) after it was ready. */
  onUnexpectedExit?: (error: AppErrorShape) => void;
}

/** Waits for the worker to open the database, then forwards calls and events. */
export function connectBackend(
  worker: WorkerLike,
  onEvent: <E extends EventName>(name: E, payload: EventMap[E]) => void,
  options: ConnectOptions = {},
): Promise<BackendClient> {
  return new Promise((resolve, reject) => {
    let nextId = 1;
    const pending = new Map<number, (result: Result<unknown>) => void>();
    let closed: (() => void) | undefined;
    let closing = false;
    let failure: AppErrorShape | undefined;

    const failAll = (error: AppErrorShape) => {
      failure ??= error;
      for (const done of pending.values()) done({ ok: false, error: failure });
      pending.clear();
    };

    const client: BackendClient = {
      invoke(channel, input, grant) {
        // A dead worker would never answer: say so at once instead of leaving the window waiting.
        if (failure) return Promise.resolve({ ok: false, error: failure });
        const id = nextId++;
        return new Promise((done) => {
          pending.set(id, done);
          worker.postMessage({ type: 'invoke', id, channel, input, ...(grant ? { grant } : {}) });
        });
      },
      close() {
        closing = true;
        if (failure) return worker.terminate().then(() => undefined);
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
          return reject(Object.assign(new Error(message.error.message), { shape: message.error }));
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
      failAll({ code: 'INTERNAL', message: error.message });
    });
    worker.on('exit', (exitCode) => {
      reject(new Error(`backend worker exited (${exitCode}) before it was ready`));
      failAll({ code: 'BACKEND_RESTARTED', message: `backend worker exited (${exitCode})` });
      closed?.();
      if (!closing) options.onUnexpectedExit?.(failure!);
    });
  });
}
