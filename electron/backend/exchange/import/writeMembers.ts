import type { DuplicateAction } from '../../../../shared/exchange/import';
import type { MemberDraft } from '../../../../shared/members/model';
import type { BackendContext } from '../../core/context';
import type { Job } from '../../core/jobs';
import { findMemberRow, insertMembers, insertMovements, toMember, updateMember, withBulkMemberWrites } from '../../members';
import type { PlannedRow } from './plan';
import { int, scalarStatement } from '../../db/rows';

const memberCountSql = scalarStatement('SELECT count(*) FROM members', int);

const CHUNK = 2_000;
/**
 * Rebuilding the indexes once beats maintaining them row by row when the import is large, and
 * large next to what the table already holds (a rebuild walks every existing row too).
 */
const BULK_THRESHOLD = 5_000;
const worthRebuilding = (db: BackendContext['db'], newRows: number) =>
  newRows > BULK_THRESHOLD && newRows * 4 > memberCountSql(db).one();

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
  // A chunk at a time: its members in one go, then their admissions; progress and a chance to cancel between chunks.
  const insertAll = async () => {
    for (let start = 0; start < total; start += CHUNK) {
      const drafts = fresh.slice(start, start + CHUNK).map((row) => row.draft);
      const ids = insertMembers(ctx.db, drafts, 'active', at);
      const admissions = drafts.flatMap((draft, i) =>
        draft.joinedOn ? [{ memberId: ids[i] ?? 0, kind: 'admitted' as const, date: draft.joinedOn, decisionNo: '', from: null, to: draft.organizationId, note: '' }] : [],
      );
      insertMovements(ctx.db, admissions, at);
      counts.imported += drafts.length;
      job.progress('import.members', counts.imported, total);
      await job.checkpoint();
    }
    job.progress('import.members', total, total);
  };
  if (worthRebuilding(ctx.db, total)) await withBulkMemberWrites(ctx.db, insertAll);
  else await insertAll();
  return counts;
}
