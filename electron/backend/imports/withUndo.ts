import type { BackendContext } from '../core/context';
import { saveRecording, startRecording } from './record';

/** The import history's kind for a deletion that can be undone; `imports:list` leaves these out. */
export const DELETION_PREFIX = 'deleted:';

/**
 * Runs a deletion in one transaction while recording the rows it removes (children included), so
 * that "Hoàn tác" can put them back exactly; returns the id to undo it with.
 */
export function deleteWithUndo<T>(ctx: BackendContext, entity: string, label: string, work: () => T): T & { undoId: number } {
  const at = ctx.now().toISOString();
  return ctx.db.transaction(() => {
    const recording = startRecording(ctx.db);
    let result: T;
    try {
      result = work();
    } finally {
      recording.stop();
    }
    const undoId = saveRecording(ctx.db, { at, actor: ctx.actor, kind: `${DELETION_PREFIX}${entity}`, file: label, imported: 0, updated: 0 });
    return { ...result, undoId };
  })();
}
