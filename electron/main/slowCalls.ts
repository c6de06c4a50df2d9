import type { Result } from '../../shared/ipc/result';

export const SLOW_CALL_MS = 500;

/** Wraps the IPC invoker so calls slower than 500 ms are written to the log with their channel. */
export function timeCalls(
  invoke: (channel: string, input: unknown) => Promise<Result<unknown>>,
  onSlow: (channel: string, ms: number, ok: boolean) => void,
  clock: () => number = () => performance.now(),
): (channel: string, input: unknown) => Promise<Result<unknown>> {
  return async (channel, input) => {
    const started = clock();
    const result = await invoke(channel, input);
    const ms = clock() - started;
    if (ms > SLOW_CALL_MS) onSlow(channel, Math.round(ms), result.ok);
    return result;
  };
}
