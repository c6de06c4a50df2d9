import type { ImportPreview } from '../../../../shared/exchange/import';
import type { BackendContext } from '../../core/context';
import { planFor, problemViews, type ImportPlan } from './plan';
import { getSession } from './session';

const SHOWN_PROBLEMS = 2_000;

/** What an import would do: every problem by row and column, and the probable duplicates. */
export async function previewImport(
  ctx: BackendContext,
  token: string,
  mapping: Record<string, number>,
  defaultOrganizationId?: number,
): Promise<ImportPreview> {
  const session = getSession(token);
  const job = ctx.startJob(undefined);
  let result: ImportPlan<unknown>;
  try {
    result = await planFor(ctx, job, session, mapping, defaultOrganizationId);
  } finally {
    job.finish();
  }
  session.problems = result.problems;
  session.mapping = mapping;
  return {
    token,
    dataRows: result.dataRows,
    validRows: result.rows.length,
    rejectedRows: result.rejectedRows,
    problems: problemViews(ctx, result.problems.slice(0, SHOWN_PROBLEMS)),
    problemCount: result.problems.length,
    duplicates: result.rows.filter((r) => r.duplicate).map((r) => ({ row: r.row, ...r.duplicate! })),
    possibleDuplicates: result.rows.filter((r) => r.possible).map((r) => ({ row: r.row, ...r.possible! })),
  };
}
