import fs from 'node:fs';
import type { DuplicateAction, ImportResult } from '../../../../shared/exchange/import';
import type { BackendContext } from '../../core/context';
import { writeAudit } from '../../audit';
import { saveRecording, startRecording } from '../../imports';
import { errorMessage } from '../../../../shared/i18n/errors';
import { plainReason } from '../../core/plainReason';
import { exportTarget } from '../../files';
import { writeRejectedWorkbook } from '../workbook/writeRejected';
import { fieldsFor } from './inspect';
import { planFor, problemViews, type ImportPlan } from './plan';
import { isListImportKind } from '../../../../shared/exchange/import';
import type { Job } from '../../core/jobs';
import type { ListDraft } from '../lists/drafts';
import { writeListRows } from '../lists/write';
import { rememberMapping } from './rememberedMapping';
import { getSession, type ImportSession } from './session';
import { writeMemberRows } from './writeMembers';
import { writeUnionRows } from './writeUnions';

export interface RunOptions {
  token: string;
  mapping: Record<string, number>;
  defaultOrganizationId?: number | undefined;
  onDuplicate: DuplicateAction;
  dryRun: boolean;
  jobId?: string | undefined;
}

/** The rows that were not imported, as a workbook with a "Lý do" column, written to `target`. */
export async function writeRejected(ctx: BackendContext, session: ImportSession, target?: string): Promise<string> {
  const file = exportTarget(ctx, target, 'dong-bi-loai', 'xlsx');
  const bytes = await writeRejectedWorkbook(session.grid, { columns: session.header.columns, mapping: session.mapping }, session.problems, {
    locale: ctx.locale,
    fields: fieldsFor(session.kind),
    mapping: session.mapping,
  });
  fs.writeFileSync(file, bytes);
  return file;
}

async function tryWriteRejected(ctx: BackendContext, session: ImportSession): Promise<{ file: string | null; warning?: string }> {
  try {
    return { file: await writeRejected(ctx, session) };
  } catch (error) {
    return { file: null, warning: errorMessage(ctx.locale, 'IMPORT_REJECTED_FILE_FAILED', { reason: plainReason(error, ctx.locale) }) };
  }
}

/** The table an import's audit row names (the import history reads it). */
const AUDIT_ENTITY: Record<ImportSession['kind'], string> = {
  members: 'members',
  unions: 'organizations',
  works: 'campaign_works',
  initiatives: 'initiatives',
  honours: 'campaign_honours',
  contestants: 'contest_entries',
  criteria: 'score_criteria',
};

const NOTHING = { imported: 0, updated: 0, skipped: 0 };

/** Members and CĐCS import their valid rows; a campaign list or criteria table is all or nothing. */
function writeRows(ctx: BackendContext, job: Job, session: ImportSession, plan: ImportPlan<unknown>, onDuplicate: DuplicateAction) {
  if (session.kind === 'members') return writeMemberRows(ctx, job, plan.rows as Parameters<typeof writeMemberRows>[2], onDuplicate);
  if (session.kind === 'unions') return writeUnionRows(ctx, job, plan.rows as Parameters<typeof writeUnionRows>[2], onDuplicate);
  if (!isListImportKind(session.kind) || session.targetId === undefined || plan.problems.length > 0) return Promise.resolve(NOTHING);
  return writeListRows(ctx, job, session.kind, session.targetId, plan.rows as ImportPlan<ListDraft>['rows']);
}

/**
 * Imports the valid rows in one transaction (rolled back on a dry run, a cancel or an error), with
 * progress; rows with problems are reported by sheet row and column and written to a workbook.
 */
export async function runImport(ctx: BackendContext, options: RunOptions): Promise<ImportResult> {
  const session = getSession(options.token);
  const at = ctx.now().toISOString();
  const job = ctx.startJob(options.jobId);
  try {
    job.progress(`import.${session.kind}`, 0, 1);
    const plan = await planFor(ctx, job, session, options.mapping, options.defaultOrganizationId);
    session.problems = plan.problems;
    session.mapping = options.mapping;
    ctx.db.exec('BEGIN IMMEDIATE');
    let counts: { imported: number; updated: number; skipped: number };
    try {
      // What the import changes is recorded, so that it can be undone from the import history.
      const recording = options.dryRun ? null : startRecording(ctx.db);
      try {
        counts = await writeRows(ctx, job, session, plan, options.onDuplicate);
      } finally {
        recording?.stop();
      }
      writeAudit(ctx.db, ctx.actor, at, {
        action: 'import',
        entity: AUDIT_ENTITY[session.kind],
        after: { file: session.fileName, ...counts, rejected: plan.rejectedRows },
      });
      if (recording) saveRecording(ctx.db, { at, actor: ctx.actor, kind: session.kind, file: session.fileName, imported: counts.imported, updated: counts.updated });
      rememberMapping(ctx.db, session.kind, session.header.columns, options.mapping, at);
      // A cancel sent after the last chunk (e.g. with the final progress event) was acknowledged: honour it.
      await job.checkpoint();
      job.seal();
      ctx.db.exec(options.dryRun ? 'ROLLBACK' : 'COMMIT');
    } catch (error) {
      if (ctx.db.inTransaction) ctx.db.exec('ROLLBACK');
      throw error;
    }
    // Committed: whatever happens from here is a warning on a successful import, never a failure.
    const errors = problemViews(ctx, plan.problems).map(({ row, column, message }) => ({ row, column, message }));
    const rejected = plan.problems.length > 0 && !options.dryRun ? await tryWriteRejected(ctx, session) : { file: null };
    const possibleDuplicates = plan.rows.flatMap((r) =>
      r.possible && !r.duplicate
        ? [{ row: r.row, name: (r.draft as { fullName: string }).fullName, existingName: r.possible.existingName, existingDetail: r.possible.existingDetail, ...(r.possible.fileRow ? { fileRow: r.possible.fileRow } : {}) }]
        : [],
    );
    return { ...counts, errors, rejectedFile: rejected.file, dryRun: options.dryRun, possibleDuplicates, ...(rejected.warning ? { warnings: [rejected.warning] } : {}) };
  } finally {
    job.finish();
  }
}
