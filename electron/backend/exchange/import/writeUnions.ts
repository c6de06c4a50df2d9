import type { DuplicateAction } from '../../../../shared/exchange/import';
import type { BackendContext } from '../../core/context';
import type { Job } from '../../core/jobs';
import { insertUnion, requireUnionDetail, updateUnion } from '../../organizations/unionService';
import type { UnionDraft } from '../unions/draft';
import type { PlannedRow } from './plan';

const toShared = (draft: UnionDraft) => ({ ...draft, code: draft.code ?? '', provinceCode: null, wardName: '' });

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
      const existing = requireUnionDetail(ctx, row.duplicate.existingId);
      updateUnion(ctx, existing.id, { ...toShared(row.draft), code: existing.code ?? '', provinceCode: existing.provinceCode, wardName: existing.wardName }, at);
      counts.updated++;
    }
    if ((i + 1) % 200 === 0) {
      job.progress('import.unions', i + 1, rows.length);
      await job.checkpoint();
    }
  }
  return counts;
}
