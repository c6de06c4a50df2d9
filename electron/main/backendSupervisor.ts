import type { Result } from '../../shared/ipc/result';
import type { BackendClient } from './backendClient';

export interface SupervisorHooks {
  /** Starts a worker and connects to it; `onExit` is called if it later stops on its own. */
  start(onExit: () => void): Promise<BackendClient>;
  /** A new worker is ready after the previous one stopped: tell the windows. */
  onRestarted(restarts: number): void;
  /** The worker could not be brought back: say so once. */
  onGaveUp(error: Error): void;
  maxRestarts?: number;
}

/**
 * A backend client that outlives its worker: when the worker stops on its own (a crash, killed by
 * the system), a new one is started on the same database; calls made meanwhile wait for it.
 */
export async function superviseBackend(hooks: SupervisorHooks): Promise<BackendClient> {
  const maxRestarts = hooks.maxRestarts ?? 5;
  let restarts = 0;
  let stopping = false;
  let current: Promise<BackendClient>;

  const onExit = () => {
    if (stopping) return;
    if (restarts >= maxRestarts) {
      hooks.onGaveUp(new Error(`backend worker stopped ${restarts + 1} times`));
      return;
    }
    restarts += 1;
    current = hooks.start(onExit);
    current.then(
      () => hooks.onRestarted(restarts),
      (error: Error) => hooks.onGaveUp(error),
    );
  };

  current = hooks.start(onExit);
  await current;
  return {
    async invoke(channel, input, grant): Promise<Result<unknown>> {
      try {
        return await (await current).invoke(channel, input, grant);
      } catch (error) {
        return { ok: false, error: { code: 'INTERNAL', message: (error as Error).message } };
      }
    },
    async close() {
      stopping = true;
      await (await current.catch(() => undefined))?.close();
    },
  };
}
