/** The backend takes at most 90 million base64 characters: about 67 MB of file. */
export const MAX_FILE_BYTES = 67_000_000;

/** Whether the name looks like a workbook the import reads. */
export const isExcelName = (name: string) => /\.(xlsx|xlsm|xls)$/i.test(name);

/** The name without its extension: "danh sach.xlsx" → "danh sach". */
export const baseName = (name: string) => name.replace(/\.[^.]+$/, '');
