import type { DuplicateView, ImportProblemView } from '../../../../shared/exchange/import';
import type { MemberDraft } from '../../../../shared/members/model';
import { todayIso } from '../../../../shared/domain/format/date';
import type { BackendContext } from '../../core/context';
import type { Job } from '../../core/jobs';
import { AppError } from '../../core/appError';
import { parseMemberRows } from '../members/parseRows';
import { problemMessage } from '../problems/messages';
import type { ImportProblem } from '../problems/types';
import type { UnionDraft } from '../unions/draft';
import { parseUnionRows } from '../unions/parseRows';
import { existingMemberFinder, fileNearMatchFinder, findExistingUnion } from './duplicates';
import { fieldsFor } from './inspect';
import type { ImportSession } from './session';
import { unionLookup } from './unionLookup';
import { isListImportKind } from '../../../../shared/exchange/import';
import type { ListDraft } from '../lists/drafts';
import { listLookups } from '../lists/lookups';
import { parseListRows } from '../lists/parseRows';

export interface PlannedRow<D> {
  row: number;
  draft: D;
  duplicate: Omit<DuplicateView, 'row'> | null;
  /** A possible duplicate the user decides on; the row is imported as new. */
  possible: Omit<DuplicateView, 'row'> | null;
}

export interface ImportPlan<D> {
  dataRows: number;
  rows: PlannedRow<D>[];
  problems: ImportProblem[];
  rejectedRows: number;
}

function requireMappedFields(ctx: BackendContext, session: ImportSession, mapping: Record<string, number>): void {
  for (const field of fieldsFor(session.kind)) {
    if (field.required && mapping[field.key] === undefined) {
      throw new AppError('IMPORT_MISSING_COLUMN', { field: ctx.locale === 'vi' ? field.labelVi : field.labelEn });
    }
  }
}

const CHECK_CHUNK = 1_000;

/** Looks each valid row up against the database, with progress and a chance to cancel. */
async function plan<D>(
  job: Job,
  parsed: { row: number; draft: D | null; problems: ImportProblem[] }[],
  matchOf: (draft: D, row: number) => Pick<PlannedRow<D>, 'duplicate' | 'possible'>,
): Promise<ImportPlan<D>> {
  const rows: PlannedRow<D>[] = [];
  const problems: ImportProblem[] = [];
  let rejectedRows = 0;
  for (const [index, parsedRow] of parsed.entries()) {
    if (index % CHECK_CHUNK === 0) {
      job.progress('import.checking', index, parsed.length);
      await job.checkpoint();
    }
    if (parsedRow.draft === null || parsedRow.problems.length > 0) {
      problems.push(...parsedRow.problems);
      rejectedRows++;
      continue;
    }
    rows.push({ row: parsedRow.row, draft: parsedRow.draft, ...matchOf(parsedRow.draft, parsedRow.row) });
  }
  return { dataRows: parsed.length, rows, problems, rejectedRows };
}

export function planMembers(
  ctx: BackendContext,
  job: Job,
  session: ImportSession,
  mapping: Record<string, number>,
  defaultOrganizationId?: number,
): Promise<ImportPlan<MemberDraft>> {
  requireMappedFields(ctx, session, mapping);
  const lookup = unionLookup(ctx.db);
  const parsed = parseMemberRows(session.grid, session.header, mapping, { findUnion: lookup }, defaultOrganizationId, todayIso(ctx.now()));
  const inOffice = existingMemberFinder(ctx.db);
  const inFile = fileNearMatchFinder(ctx.db, ctx.locale);
  // A match in the office comes first; every row is still noted for the rows after it.
  return plan(job, parsed, (draft, row) => {
    const match = inOffice(draft);
    const near = inFile(draft, row);
    return match.duplicate || match.possible || !near ? match : { duplicate: null, possible: near };
  });
}

export function planUnions(ctx: BackendContext, job: Job, session: ImportSession, mapping: Record<string, number>): Promise<ImportPlan<UnionDraft>> {
  requireMappedFields(ctx, session, mapping);
  const parsed = parseUnionRows(session.grid, session.header, mapping, todayIso(ctx.now()));
  return plan(job, parsed, (draft) => ({ duplicate: findExistingUnion(ctx.db, draft), possible: null }));
}

/** A campaign list or criteria table: no duplicates to look up, every row new. */
export function planList(ctx: BackendContext, job: Job, session: ImportSession, mapping: Record<string, number>): Promise<ImportPlan<ListDraft>> {
  if (!isListImportKind(session.kind)) throw new AppError('IMPORT_EXPIRED');
  requireMappedFields(ctx, session, mapping);
  const parsed = parseListRows(session.kind, session.grid, session.header, mapping, listLookups(ctx.db, session.kind, session.targetId));
  return plan(job, parsed, () => ({ duplicate: null, possible: null }));
}

/** The plan for the session's kind. */
export function planFor(ctx: BackendContext, job: Job, session: ImportSession, mapping: Record<string, number>, defaultOrganizationId?: number): Promise<ImportPlan<unknown>> {
  if (session.kind === 'members') return planMembers(ctx, job, session, mapping, defaultOrganizationId);
  if (session.kind === 'unions') return planUnions(ctx, job, session, mapping);
  return planList(ctx, job, session, mapping);
}

export function problemViews(ctx: BackendContext, problems: ImportProblem[]): ImportProblemView[] {
  return problems.map((p) => ({ row: p.row, column: p.column, field: p.field, message: problemMessage(p, ctx.locale) }));
}
