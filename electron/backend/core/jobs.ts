import type { ProgressEvent } from '../../../shared/ipc/events';
import { AppError } from './appError';

export interface Job {
  readonly signal: AbortSignal;
  progress(phase: string, done: number, total: number): void;
  /** Lets queued messages (a cancel) in, then stops the job if it was cancelled. */
  checkpoint(): Promise<void>;
}

export interface RunningJob extends Job {
  /**
   * The point of no return, called right before COMMIT: from here on a cancel answers
   * "not cancelled", so "cancelled" always means nothing was committed.
   */
  seal(): void;
  finish(): void;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Long operations register here so a `jobs:cancel` call can stop them between chunks. */
export class JobRegistry {
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly emit: (event: ProgressEvent) => void) {}

  start(jobId: string | undefined): RunningJob {
    const id = jobId ?? `job-${Math.random().toString(36).slice(2, 10)}`;
    const controller = new AbortController();
    this.running.set(id, controller);
    let lastEmit = 0;
    return {
      signal: controller.signal,
      progress: (phase, done, total) => {
        const now = Date.now();
        if (done < total && now - lastEmit < 50) return;
        lastEmit = now;
        this.emit({ jobId: id, phase, done, total });
      },
      checkpoint: async () => {
        await yieldToEventLoop();
        if (controller.signal.aborted) throw new AppError('CANCELLED');
      },
      seal: () => {
        if (controller.signal.aborted) throw new AppError('CANCELLED');
        this.running.delete(id);
      },
      finish: () => {
        this.running.delete(id);
      },
    };
  }

  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    controller?.abort();
    return controller !== undefined;
  }
}
