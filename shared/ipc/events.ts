/** Events the backend pushes to the renderer while long work runs. */
export interface ProgressEvent {
  jobId: string;
  /** A key of the renderer's "jobs" namespace, e.g. "seed.unions". */
  phase: string;
  done: number;
  total: number;
}

/** Main restarted the backend worker after it stopped unexpectedly; calls in flight failed. */
export interface BackendEvent {
  state: 'restarted';
  restarts: number;
}

/** What the backend itself pushes (the worker, the preview, the CLI). */
export interface BackendEventMap {
  progress: ProgressEvent;
}
export type BackendEventName = keyof BackendEventMap;

/** What a window can subscribe to: the backend's events and the desktop host's own. */
export interface EventMap extends BackendEventMap {
  backend: BackendEvent;
}
export type EventName = keyof EventMap;
export const EVENT_NAMES: EventName[] = ['progress', 'backend'];
