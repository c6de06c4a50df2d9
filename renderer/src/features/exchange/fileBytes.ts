/** The backend takes at most 90 million base64 characters: about 67 MB of file. */
export const MAX_FILE_BYTES = 67_000_000;

const CHUNK = 0x8000;

/** The file's bytes as base64, encoded in chunks so that large workbooks do not overflow the stack. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(start, start + CHUNK)));
  }
  return btoa(parts.join(''));
}

/** Whether the name looks like a workbook the import reads. */
export const isExcelName = (name: string) => /\.(xlsx|xlsm|xls)$/i.test(name);

/** The name without its extension: "danh sach.xlsx" → "danh sach". */
export const baseName = (name: string) => name.replace(/\.[^.]+$/, '');
