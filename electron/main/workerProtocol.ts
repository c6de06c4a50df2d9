import type { AppErrorShape, Result } from '../../shared/ipc/result';
import type { BackendEventName as EventName, BackendEventMap as EventMap } from '../../shared/ipc/events';

export interface WorkerInit {
  dataDir: string;
  migrationsDir?: string | undefined;
  resourcesDir?: string | undefined;
  version: string;
}

/** `grant`: the file the user chose for this call (to write, or with `read` to read), registered in the worker's list just before it runs. */
export type ToWorker = { type: 'invoke'; id: number; channel: string; input: unknown; grant?: { id: string; path: string; read?: boolean } } | { type: 'close' };

export type FromWorker =
  | { type: 'ready'; dbFile: string }
  | { type: 'startupError'; error: AppErrorShape }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { [E in EventName]: { type: 'event'; name: E; payload: EventMap[E] } }[EventName]
  | { type: 'closed' };
