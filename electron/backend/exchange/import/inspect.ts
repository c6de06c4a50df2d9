import { isListImportKind, type ImportInspection, type ImportKind } from '../../../../shared/exchange/import';
import { excelSerialToIso, formatDateVi } from '../../../../shared/domain/format/date';
import type { BackendContext } from '../../core/context';
import { AppError } from '../../core/appError';
import { convertLegacyGrid } from '../encoding/convertGrid';
import type { ImportField } from '../fields/types';
import { findHeader } from '../header/findHeader';
import { MEMBER_FIELDS } from '../members/fields';
import { UNION_FIELDS } from '../unions/fields';
import { LIST_FIELDS } from '../lists/fields';
import { targetYear } from '../lists/lookups';
import { ImportFileError, importFileProblem } from '../workbook/importFileError';
import { readGridsStreamed } from '../workbook/readGrid';
import type { Cell, SheetGrid } from '../workbook/types';
import { applyRememberedMapping } from './rememberedMapping';
import { newImportToken, saveSession } from './session';

export const fieldsFor = (kind: ImportKind): readonly ImportField[] =>
  kind === 'members' ? MEMBER_FIELDS : kind === 'unions' ? UNION_FIELDS : LIST_FIELDS[kind];

async function readFile(fileName: string, bytes: Uint8Array): Promise<SheetGrid[]> {
  if (bytes.length === 0) throw new AppError('UPLOAD_EMPTY', { file: fileName });
  try {
    return await readGridsStreamed(bytes);
  } catch (error) {
    if (error instanceof ImportFileError) {
      const problem = importFileProblem(error, fileName);
      throw new AppError(problem.code, problem.params);
    }
    throw new AppError('IMPORT_UNREADABLE', { file: fileName, reason: (error as Error).message });
  }
}

const DATE_KINDS = new Set(['date', 'birthDate', 'sexColumnMale', 'sexColumnFemale']);

/** A sample as the user knows it: Excel date serials in date columns shown as dd/mm/yyyy. */
function sampleText(cell: Cell | undefined, isDateColumn: boolean): string {
  if (cell === null || cell === undefined) return '';
  if (isDateColumn && typeof cell === 'number' && cell > 366) {
    const iso = excelSerialToIso(cell);
    if (iso) return formatDateVi(iso);
  }
  return String(cell);
}

/** Reads the file, finds the header row and suggests which column holds which field. */
export async function inspectImport(ctx: BackendContext, kind: ImportKind, fileName: string, bytes: Uint8Array, sheetIndex?: number, targetId?: number): Promise<ImportInspection> {
  if (isListImportKind(kind)) targetYear(ctx.db, kind, targetId);
  const grids = await readFile(fileName, bytes);
  const fields = fieldsFor(kind);
  const candidates = sheetIndex === undefined ? grids.map((_, i) => i) : [sheetIndex];
  for (const index of candidates) {
    const source = grids[index];
    if (!source) continue;
    const { grid, encoding } = convertLegacyGrid(source);
    const header = findHeader(grid, fields);
    if (!header) continue;
    const mapping = applyRememberedMapping(ctx.db, kind, header.columns, header.mapping);
    const token = newImportToken();
    saveSession({ token, kind, fileName, grid, header: { ...header, mapping }, problems: [], mapping, targetId });
    const samples = grid.rows.slice(header.dataStartIndex, header.dataStartIndex + 3);
    const dateColumns = new Set(
      fields.filter((f) => DATE_KINDS.has(f.kind) && mapping[f.key] !== undefined).map((f) => mapping[f.key] as number),
    );
    return {
      token,
      kind,
      fileName,
      sheets: grids.map((g, i) => ({ index: i, name: g.name, rows: g.rows.length })),
      sheetIndex: index,
      encoding,
      headerRow: header.headerRowIndex + 1,
      columns: header.columns.map((c) => ({ index: c.index, label: c.label, samples: samples.map((row) => sampleText(row[c.index], dateColumns.has(c.index))) })),
      fields: fields.filter((f) => f.kind !== 'ignore').map((f) => ({ key: f.key, label: ctx.locale === 'vi' ? f.labelVi : f.labelEn, required: f.required === true })),
      mapping,
    };
  }
  const sheet = grids[sheetIndex ?? 0]?.name ?? '';
  throw new AppError('IMPORT_NO_HEADER', { file: fileName, sheet });
}
