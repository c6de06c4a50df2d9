import type { DuplicateAction } from '../../../../shared/exchange/import';
import type { UnionDetail } from '../../../../shared/organizations/union';
import type { BackendContext } from '../../core/context';
import type { Job } from '../../core/jobs';
import { insertUnion, requireUnionDetail, updateUnion } from '../../organizations';
import type { UnionDraft } from '../unions/draft';
import type { PlannedRow } from './plan';

const toShared = (draft: UnionDraft) => ({ ...draft, code: draft.code ?? '', provinceCode: null, wardName: '' });

/** As for members: imported values replace the stored ones, except where the file leaves a cell empty (or has no such column). */
function merged(existing: UnionDetail, incoming: ReturnType<typeof toShared>) {
  const result: Record<string, unknown> = { ...incoming };
  for (const [key, value] of Object.entries(incoming)) {
    if ((value === null || value === '') && key in existing) result[key] = existing[key as keyof UnionDetail];
  }
  result.code = existing.code ?? '';
  const draft = result as ReturnType<typeof toShared>;
  // A stored count of women must not end up above a new total from the file.
  if (draft.workersFemale !== null && draft.workersTotal !== null && draft.workersFemale > draft.workersTotal) draft.workersFemale = incoming.workersFemale;
  return draft;
}

export async function writeUnionRows(ctx: BackendContext, job: Job, rows: PlannedRow<UnionDraft>[], onDuplicate: DuplicateAction): Promise<{ imported: number; updated: number; skipped: number }> {
  const at = ctx.now().toISOString();
  const counts = { imported: 0, updated: 0, skipped: 0 };
  for (const [i, row] of rows.entries()) {
    if (!row.duplicate || onDuplicate === 'import') {
      insertUnion(ctx, { ...toShared(row.draft), code: row.duplicate ? '' : (row.draft.code ?? '') }, at);
      counts.imported++;
    } else if (onDuplicate === 'skip') {
      counts.skipped++;
    } else {
      if (row.duplicate.existingId === null) continue;
      const existing = requireUnionDetail(ctx, row.duplicate.existingId);
      updateUnion(ctx, existing.id, merged(existing, toShared(row.draft)), at);
      counts.updated++;
    }
    if ((i + 1) % 200 === 0) {
      job.progress('import.unions', i + 1, rows.length);
      await job.checkpoint();
    }
  }
  return counts;
}
