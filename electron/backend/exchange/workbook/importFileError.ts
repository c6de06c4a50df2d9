import { formatNumber } from '../../../../shared/domain/format/number';

/**
 * Why a file could not be opened at all (as opposed to problems in its rows).
 * UNREADABLE: not a spreadsheet SheetJS can read (.xlsx, .xls, SpreadsheetML/HTML saved as .xls, .ods).
 * ENCRYPTED: protected by a password to open.
 * TOO_LARGE: real data spread over absurdly many columns or cells (the reason is JSON: sheet, rows, columns, cell).
 */
export type ImportFileErrorCode = 'UNREADABLE' | 'ENCRYPTED' | 'TOO_LARGE';

export class ImportFileError extends Error {
  constructor(
    readonly code: ImportFileErrorCode,
    readonly reason: string = '',
  ) {
    super(reason === '' ? code : `${code}: ${reason}`);
    this.name = 'ImportFileError';
  }
}

/** The user-facing error code and parameters for a file that could not be opened. */
export function importFileProblem(error: ImportFileError, file: string): { code: 'IMPORT_ENCRYPTED' | 'IMPORT_UNREADABLE' | 'IMPORT_SHEET_TOO_LARGE'; params: Record<string, unknown> } {
  if (error.code === 'ENCRYPTED') return { code: 'IMPORT_ENCRYPTED', params: { file, reason: error.reason } };
  if (error.code === 'TOO_LARGE') {
    const size = JSON.parse(error.reason) as { sheet: string; cell: string; rows: number; columns: number };
    return { code: 'IMPORT_SHEET_TOO_LARGE', params: { file, ...size, rows: formatNumber(size.rows), columns: formatNumber(size.columns) } };
  }
  return { code: 'IMPORT_UNREADABLE', params: { file, reason: error.reason } };
}
