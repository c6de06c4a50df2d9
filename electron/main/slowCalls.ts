import type { Channel } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';

export const SLOW_CALL_MS = 500;

/** The threshold: 500 ms, or UNIONDESK_SLOW_CALL_MS (a support person can log every call with 0). */
export function slowCallMs(env: NodeJS.ProcessEnv = process.env): number {
  const chosen = Number(env.UNIONDESK_SLOW_CALL_MS);
  return env.UNIONDESK_SLOW_CALL_MS !== undefined && Number.isFinite(chosen) && chosen >= 0 ? chosen : SLOW_CALL_MS;
}

/** Wraps the IPC invoker so calls slower than the threshold are written to the log with their channel. */
export function timeCalls(
  invoke: (channel: Channel, input: unknown) => Promise<Result<unknown>>,
  onSlow: (channel: string, ms: number, ok: boolean) => void,
  clock: () => number = () => performance.now(),
  threshold: number = SLOW_CALL_MS,
): (channel: Channel, input: unknown) => Promise<Result<unknown>> {
  return async (channel, input) => {
    const started = clock();
    const result = await invoke(channel, input);
    const ms = clock() - started;
    if (ms > threshold) onSlow(channel, Math.round(ms), result.ok);
    return result;
  };
}
