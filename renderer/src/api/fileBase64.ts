const CHUNK = 0x8000;

/**
 * A chosen file's bytes as base64 (the backend receives bytes, never a path), encoded in chunks so
 * that large workbooks do not overflow the stack.
 */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(start, start + CHUNK)));
  }
  return btoa(parts.join(''));
}
