import type { DuplicateAction } from '../../../../shared/exchange/import';
import type { MemberDraft } from '../../../../shared/members/model';
import type { BackendContext } from '../../core/context';
import type { Job } from '../../core/jobs';
import { findMemberRow, insertMember, insertMovement, toMember, updateMember, withBulkMemberWrites } from '../../members';
import type { PlannedRow } from './plan';

const CHUNK = 2_000;
/**
 * Rebuilding the indexes once beats maintaining them row by row when the import is large, and
 * large next to what the table already holds (a rebuild walks every existing row too).
 */
const BULK_THRESHOLD = 5_000;
const worthRebuilding = (db: BackendContext['db'], newRows: number) =>
  newRows > BULK_THRESHOLD && newRows * 4 > (db.prepare('SELECT count(*) FROM members').pluck().get() as number);

/** Imported values replace the stored ones, except where the file leaves a cell empty. */
function merged(existing: MemberDraft, incoming: MemberDraft): MemberDraft {
  const result = { ...existing };
  for (const [key, value] of Object.entries(incoming) as [keyof MemberDraft, unknown][]) {
    if (value !== null && value !== '' && value !== false) (result as Record<string, unknown>)[key] = value;
  }
  return result;
}

/** Writes planned member rows inside the caller's transaction; returns the counts. */
export async function writeMemberRows(ctx: BackendContext, job: Job, rows: PlannedRow<MemberDraft>[], onDuplicate: DuplicateAction): Promise<{ imported: number; updated: number; skipped: number }> {
  const at = ctx.now().toISOString();
  const counts = { imported: 0, updated: 0, skipped: 0 };
  const fresh: PlannedRow<MemberDraft>[] = [];
  for (const row of rows) {
    if (!row.duplicate || onDuplicate === 'import') fresh.push(row);
    else if (onDuplicate === 'skip') counts.skipped++;
    else {
      const before = row.duplicate.existingId === null ? undefined : findMemberRow(ctx.db, row.duplicate.existingId);
      if (!before) continue;
      updateMember(ctx.db, before, merged(toMember(before), { ...row.draft, organizationId: before.organization_id }), at);
      counts.updated++;
    }
  }
  const total = fresh.length;
  const insertAll = async () => {
    for (const [i, { draft }] of fresh.entries()) {
      const id = insertMember(ctx.db, draft, 'active', at);
      if (draft.joinedOn) insertMovement(ctx.db, { memberId: id, kind: 'admitted', date: draft.joinedOn, decisionNo: '', from: null, to: draft.organizationId, note: '' }, at);
      counts.imported++;
      if ((i + 1) % CHUNK === 0) {
        job.progress('import.members', i + 1, total);
        await job.checkpoint();
      }
    }
    job.progress('import.members', total, total);
  };
  if (worthRebuilding(ctx.db, total)) await withBulkMemberWrites(ctx.db, insertAll);
  else await insertAll();
  return counts;
}
