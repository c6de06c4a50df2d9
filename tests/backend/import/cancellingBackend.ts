import type { Backend } from '../../../electron/backend/backend';
import type { ProgressEvent } from '../../../shared/ipc/events';
import type { useTempDirs } from '../../fixtures/backend';

/**
 * A backend that cancels job `jobId` from the first progress event of `phase` that `when` accepts,
 * as a window would from its progress bar. `cancels` holds the answer to that one cancel.
 */
export function cancellingBackend(temp: ReturnType<typeof useTempDirs>, jobId: string, phase: string, when: (event: ProgressEvent) => boolean) {
  const events: ProgressEvent[] = [];
  const cancels: Promise<unknown>[] = [];
  const holder: { backend?: Backend } = {};
  const backend = temp.open({
    dataDir: temp.dir(),
    onEvent: (_name, event) => {
      events.push(event);
      if (event.jobId === jobId && event.phase === phase && when(event) && cancels.length === 0) {
        cancels.push(holder.backend!.invoke('jobs:cancel', { jobId }));
      }
    },
  });
  holder.backend = backend;
  return { backend, events, cancels };
}
