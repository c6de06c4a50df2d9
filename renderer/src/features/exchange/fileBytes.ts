import { UPLOAD_LIMITS_MB } from '@shared/domain/schemas';

/** The largest workbook the backend takes. */
export const MAX_FILE_BYTES = UPLOAD_LIMITS_MB.spreadsheet * 1024 * 1024;

/** Whether the name looks like a workbook the import reads. */
export const isExcelName = (name: string) => /\.(xlsx|xlsm|xls)$/i.test(name);

/** The name without its extension: "danh sach.xlsx" → "danh sach". */
export const baseName = (name: string) => name.replace(/\.[^.]+$/, '');
