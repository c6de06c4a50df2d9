import type { ListImportKind } from '../../../../shared/exchange/import';
import type { BackendContext } from '../../core/context';
import type { Job } from '../../core/jobs';
import { contestEntryKind, honourKind, initiativeKind, saveOutcome, workKind } from '../../campaigns';
import { appendCriteria } from '../../clusters';
import type { PlannedRow } from '../import/plan';
import type { ListDraft } from './drafts';

const CHUNK = 200;

/** Writes the list's rows inside the caller's transaction, through the owning domain's own writers. */
export async function writeListRows(ctx: BackendContext, job: Job, kind: ListImportKind, targetId: number, rows: PlannedRow<ListDraft>[]): Promise<{ imported: number; updated: number; skipped: number }> {
  const criteria = rows.flatMap((r) => (r.draft.kind === 'criteria' ? [r.draft.draft] : []));
  if (criteria.length > 0) appendCriteria(ctx, targetId, criteria);
  for (const [i, { draft: row }] of rows.entries()) {
    if (row.kind === 'works') saveOutcome(ctx, workKind, targetId, undefined, row.draft);
    else if (row.kind === 'initiatives') saveOutcome(ctx, initiativeKind, targetId, undefined, row.draft);
    else if (row.kind === 'honours') saveOutcome(ctx, honourKind, targetId, undefined, row.draft);
    else if (row.kind === 'contestants') saveOutcome(ctx, contestEntryKind, row.contestId, undefined, row.draft);
    if ((i + 1) % CHUNK === 0) {
      job.progress(`import.${kind}`, i + 1, rows.length);
      await job.checkpoint();
    }
  }
  job.progress(`import.${kind}`, rows.length, rows.length);
  return { imported: rows.length, updated: 0, skipped: 0 };
}
