import type { BackendContext } from '../core/context';
import { saveRecording, startRecording, type RunMeta } from './record';

/** The import history's kind for a deletion that can be undone; `imports:list` leaves these out. */
export const DELETION_PREFIX = 'deleted:';

/**
 * Runs `work` in one transaction while recording every row it adds, changes or removes (children
 * included), then saves the recording under `describe(result)`, so that it can be undone exactly.
 */
export function recordedForUndo<T>(ctx: BackendContext, describe: (result: T) => Omit<RunMeta, 'at' | 'actor'>, work: () => T): T & { undoId: number } {
  const at = ctx.now().toISOString();
  return ctx.db.transaction(() => {
    const recording = startRecording(ctx.db);
    let result: T;
    try {
      result = work();
    } finally {
      recording.stop();
    }
    const undoId = saveRecording(ctx.db, { at, actor: ctx.actor, ...describe(result) });
    return { ...result, undoId };
  })();
}

/** A deletion that "Hoàn tác" can put back; returns the id to undo it with. */
export function deleteWithUndo<T>(ctx: BackendContext, entity: string, label: string, work: () => T): T & { undoId: number } {
  return recordedForUndo(ctx, () => ({ kind: `${DELETION_PREFIX}${entity}`, file: label, imported: 0, updated: 0 }), work);
}
