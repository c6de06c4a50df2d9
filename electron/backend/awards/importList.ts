import ExcelJS from 'exceljs';
import { LIST_MESSAGES, readRecipientGrid, tabGrid, type ListProblem, type ListedRecipient } from '../../../shared/awards/recipientList';
import { decisionDraftSchema } from '../../../shared/awards/model';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { addAwards } from './addAwards';
import { kindByCode } from './catalogue';
import { writeDecisionRow } from './decisions';

function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

/** The first sheet of an .xlsx as text cells. */
export async function xlsxGrid(fileName: string, bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('IMPORT_UNREADABLE', { file: fileName });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const grid: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cells[c - 1] = cellText(cell.value);
    });
    grid[n - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(grid, (r) => r ?? []);
}

export function readPastedList(ctx: BackendContext, text: string) {
  return readRecipientGrid(tabGrid(text), LIST_MESSAGES[ctx.locale]);
}

export async function readListFile(ctx: BackendContext, fileName: string, bytes: Uint8Array) {
  return readRecipientGrid(await xlsxGrid(fileName, bytes), LIST_MESSAGES[ctx.locale]);
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
export async function importAwards(
  ctx: BackendContext,
  input: ImportAwardsInput,
): Promise<{ imported: number; updated: number; skipped: number; errors: ListProblem[]; decisionId: number | null }> {
  const { rows, errors } = await readListFile(ctx, input.fileName, input.bytes);
  const form = kindByCode(ctx.db, input.formCode);
  if (!form) throw new AppError('AWARD_KIND_NOT_FOUND', { ref: input.formCode });
  if (errors.length > 0) return { imported: 0, updated: 0, skipped: 0, errors, decisionId: null };
  const issuerLevel = input.issuerLevel ?? 'own_office';
  const kindField = form.category === 'form' ? 'formKindId' : 'titleKindId';
  const decisionId = ctx.db.transaction(() => {
    const existing = ctx.db
      .prepare('SELECT id FROM award_decisions WHERE issuer_level = ? AND number = ? AND decided_on = ?')
      .pluck()
      .get(issuerLevel, input.number.trim(), input.decidedOn) as number | undefined;
    const id =
      existing ??
      writeDecisionRow(ctx, undefined, decisionDraftSchema.parse({ number: input.number, decidedOn: input.decidedOn, issuerLevel, [kindField]: form.id }));
    addAwards(
      ctx,
      id,
      rows.map((r: ListedRecipient) => ({ ...r, formKindId: form.category === 'form' ? form.id : null, titleKindId: form.category === 'title' ? form.id : null })),
    );
    return id;
  })();
  return { imported: rows.length, updated: 0, skipped: 0, errors: [], decisionId };
}
