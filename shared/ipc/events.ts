/** Events the backend pushes to the renderer while long work runs. */
export interface ProgressEvent {
  jobId: string;
  /** A key of the renderer's "jobs" namespace, e.g. "seed.unions". */
  phase: string;
  done: number;
  total: number;
}

export interface EventMap {
  progress: ProgressEvent;
}
export type EventName = keyof EventMap;
export const EVENT_NAMES: EventName[] = ['progress'];
