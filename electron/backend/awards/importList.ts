import { LIST_MESSAGES, readRecipientGrid, tabGrid, type ListProblem } from '../../../shared/awards/recipientList';
import type { MatchedRecipient } from '../../../shared/awards/recipientMatch';
import { matchRecipients } from './matchRecipients';
import { decisionDraftSchema } from '../../../shared/awards/model';
import { errorMessage } from '../../../shared/i18n/errors';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { convertLegacyGrid, ImportFileError, importFileProblem, readGrids } from '../exchange';
import { addAwards } from './addAwards';
import { kindByCode } from './catalogue';
import { writeDecisionRow } from './decisions';
import { recipientMisfit } from './recipientFit';
import { recordedForUndo } from '../imports';
import { int, scalarStatement } from '../db/rows';

const decisionIdSql = scalarStatement('SELECT id FROM award_decisions WHERE issuer_level = ? AND number = ? AND decided_on = ?', int);
const LIST_KIND_COLUMN = { vi: 'Loại', en: 'Kind' } as const;

/**
 * The first sheet of an .xlsx or .xls as text cells, read as the member import reads files
 * (merged cells filled, TCVN3/VNI text converted to Unicode).
 */
export function xlsxGrid(fileName: string, bytes: Uint8Array): string[][] {
  if (bytes.length === 0) throw new AppError('UPLOAD_EMPTY', { file: fileName });
  let sheets;
  try {
    sheets = readGrids(bytes);
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    const problem = importFileProblem(error, fileName);
    throw new AppError(problem.code, problem.params);
  }
  const first = sheets[0];
  if (!first) return [];
  return convertLegacyGrid(first).grid.rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell))));
}

/** The list's rows, each tied to a member or CĐCS where one fits (matchRecipients), and its problems. */
function readMatched(ctx: BackendContext, grid: string[][]): { rows: MatchedRecipient[]; rowNumbers: number[]; errors: ListProblem[] } {
  const { rows, rowNumbers, errors } = readRecipientGrid(grid, LIST_MESSAGES[ctx.locale]);
  return { rows: matchRecipients(ctx.db, rows), rowNumbers, errors };
}

export function readPastedList(ctx: BackendContext, text: string) {
  const { rows, errors } = readMatched(ctx, tabGrid(text));
  return { rows, errors };
}

export function readListFile(ctx: BackendContext, fileName: string, bytes: Uint8Array) {
  const { rows, errors } = readMatched(ctx, xlsxGrid(fileName, bytes));
  return { rows, errors };
}

export interface ImportAwardsInput {
  fileName: string;
  bytes: Uint8Array;
  number: string;
  decidedOn: string;
  formCode: string;
  issuerLevel?: 'national' | 'government' | 'province_government' | 'province' | 'own_office' | 'grassroots' | undefined;
}

/**
 * `import awards`: the list's rows become awards of the decision (created if it does not exist,
 * else added to). All or nothing: any problem and nothing is written.
 */
export function importAwards(
  ctx: BackendContext,
  input: ImportAwardsInput,
): { imported: number; updated: number; skipped: number; errors: ListProblem[]; decisionId: number | null } {
  const { rows, rowNumbers, errors } = readMatched(ctx, xlsxGrid(input.fileName, input.bytes));
  const form = kindByCode(ctx.db, input.formCode);
  if (!form) throw new AppError('AWARD_KIND_NOT_FOUND', { ref: input.formCode });
  rows.forEach((r, i) => {
    const row = rowNumbers[i]!;
    const misfit = recipientMisfit(ctx.db, ctx.locale, [form.id], r.recipientKind, { row, name: r.recipientName });
    if (misfit) errors.push({ row, column: LIST_KIND_COLUMN[ctx.locale], message: errorMessage(ctx.locale, 'AWARD_KIND_WRONG_RECIPIENT', misfit) });
  });
  errors.sort((a, b) => a.row - b.row);
  if (errors.length > 0) return { imported: 0, updated: 0, skipped: 0, errors, decisionId: null };
  const issuerLevel = input.issuerLevel ?? 'own_office';
  const kindField = form.category === 'form' ? 'formKindId' : 'titleKindId';
  // Recorded in the import history, so that a list imported into the wrong decision can be undone whole.
  const { decisionId } = recordedForUndo(ctx, () => ({ kind: 'awards', file: input.fileName, imported: rows.length, updated: 0 }), () => {
    const existing = decisionIdSql(ctx.db).get(issuerLevel, input.number.trim(), input.decidedOn);
    const id =
      existing ??
      writeDecisionRow(ctx, undefined, decisionDraftSchema.parse({ number: input.number, decidedOn: input.decidedOn, issuerLevel, [kindField]: form.id }));
    addAwards(
      ctx,
      id,
      rows.map((r: MatchedRecipient) => ({
        recipientName: r.recipientName,
        recipientUnit: r.recipientUnit,
        achievement: r.achievement,
        recipientKind: r.recipientKind,
        memberId: r.memberId,
        organizationId: r.organizationId,
        formKindId: form.category === 'form' ? form.id : null, titleKindId: form.category === 'title' ? form.id : null })),
      rowNumbers,
    );
    return { decisionId: id };
  });
  return { imported: rows.length, updated: 0, skipped: 0, errors: [], decisionId };
}
