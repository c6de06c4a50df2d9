import zlib from 'node:zlib';

/** One stored file of a ZIP archive, located through the central directory. */
interface ZipEntry {
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/** The decompressed parts of a sheet larger than this are not a list anyone typed (and may be a ZIP bomb). */
export const MAX_PART_BYTES = 1_000_000_000;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The entries of a plain ZIP archive by lower-cased name, or null for anything this small reader
 * does not handle (ZIP64, encrypted entries, a damaged directory): the caller then uses a full reader.
 */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) return null;
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return null;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeaderOffset = view.getUint32(at + 42, true);
    if ((flags & 1) !== 0 || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) return null;
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/^\/+/u, '').toLowerCase();
    entries.set(name, { method, compressedSize, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The decompressed bytes of one entry; null when its method is neither stored nor deflated. */
export function entryBytes(bytes: Uint8Array, entry: ZipEntry): Buffer | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (entry.method !== 8) return null;
  return zlib.inflateRawSync(data, { maxOutputLength: MAX_PART_BYTES });
}

/** A part's text in slices of about `size` bytes, decoded as UTF-8 across the slice boundaries. */
export function* textSlices(data: Uint8Array, size = 1 << 20): Generator<string> {
  const decoder = new TextDecoder();
  for (let i = 0; i < data.length; i += size) yield decoder.decode(data.subarray(i, i + size), { stream: i + size < data.length });
  yield decoder.decode();
}
