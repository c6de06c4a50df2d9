import type { ImportPreview } from '../../../../shared/exchange/import';
import type { BackendContext } from '../../core/context';
import { planMembers, planUnions, problemViews, type ImportPlan } from './plan';
import { getSession } from './session';

const SHOWN_PROBLEMS = 2_000;

/** What an import would do: every problem by row and column, and the probable duplicates. */
export function previewImport(ctx: BackendContext, token: string, mapping: Record<string, number>, defaultOrganizationId?: number): ImportPreview {
  const session = getSession(token);
  const result: ImportPlan<unknown> = session.kind === 'members' ? planMembers(ctx, session, mapping, defaultOrganizationId) : planUnions(ctx, session, mapping);
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
  };
}
