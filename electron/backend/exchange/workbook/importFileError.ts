/**
 * Why a file could not be opened at all (as opposed to problems in its rows).
 * UNREADABLE: not a spreadsheet SheetJS can read (.xlsx, .xls, SpreadsheetML/HTML saved as .xls, .ods).
 * ENCRYPTED: protected by a password to open.
 */
export type ImportFileErrorCode = 'UNREADABLE' | 'ENCRYPTED';

export class ImportFileError extends Error {
  constructor(
    readonly code: ImportFileErrorCode,
    readonly reason: string = '',
  ) {
    super(reason === '' ? code : `${code}: ${reason}`);
    this.name = 'ImportFileError';
  }
}
