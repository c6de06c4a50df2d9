import zlib from 'node:zlib';

/** One stored file of a ZIP archive, located through the central directory. */
export interface ZipEntry {
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

/** The stored (possibly compressed) bytes of one entry; null when its local header is not where the directory says. */
function storedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  return bytes.subarray(start, start + entry.compressedSize);
}

/** The decompressed bytes of one entry; null when its method is neither stored nor deflated. */
export function entryBytes(bytes: Uint8Array, entry: ZipEntry): Buffer | null {
  const data = storedData(bytes, entry);
  if (data === null) return null;
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

const INFLATE_CHUNK = 1 << 16;

/**
 * A part's text as it is decompressed, a chunk at a time: the whole part is never in memory.
 * Null when the entry cannot be read this way (the caller then reads the file another way).
 * @throws RangeError past MAX_PART_BYTES; zlib's error for damaged data, once the rows before it are given.
 */
export function streamedText(bytes: Uint8Array, entry: ZipEntry): AsyncIterable<string> | null {
  const data = storedData(bytes, entry);
  if (data === null || (entry.method !== 0 && entry.method !== 8)) return null;
  if (entry.method === 0) return (async function* () {
    yield* textSlices(data, INFLATE_CHUNK);
  })();
  return (async function* () {
    const inflater = zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK });
    inflater.end(data);
    const decoder = new TextDecoder();
    let total = 0;
    try {
      for await (const chunk of inflater as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > MAX_PART_BYTES) throw new RangeError(`a part of more than ${MAX_PART_BYTES} bytes`);
        yield decoder.decode(chunk, { stream: true });
      }
      yield decoder.decode();
    } finally {
      inflater.destroy();
    }
  })();
}
