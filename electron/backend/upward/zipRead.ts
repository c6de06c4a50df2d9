import zlib from 'node:zlib';
import { PACKAGE_LIMITS, packagePathSchema } from '../../../shared/upward/manifest';
import { AppError } from '../core/appError';

export interface ZipEntry {
  path: string;
  method: number;
  crc: number;
  storedSize: number;
  size: number;
  offset: number;
  /** The 26 bytes after a header's signature that the local header and the directory share. */
  shared: Buffer;
}

const END_SIZE = 22;
const altered = (part: string, detail: string) => new AppError('PACKAGE_ZIP_ALTERED', { part, detail });

/**
 * Reads the central directory only: bounds (entry count, declared sizes, ratio) and names are
 * checked here, before a single byte is inflated. The zip must be exactly as our writer makes it:
 * no comment, no extra fields, parts back to back, so a change of any byte is noticed.
 */
export function readZipDirectory(zip: Buffer): ZipEntry[] {
  if (zip.length < END_SIZE || zip.readUInt32LE(zip.length - END_SIZE) !== 0x06054b50) {
    throw new AppError('PACKAGE_TRUNCATED', { detail: 'no end-of-directory record' });
  }
  const end = zip.length - END_SIZE;
  const count = zip.readUInt16LE(end + 10);
  const directorySize = zip.readUInt32LE(end + 12);
  const directoryOffset = zip.readUInt32LE(end + 16);
  if (zip.readUInt16LE(end + 4) !== 0 || zip.readUInt16LE(end + 6) !== 0 || zip.readUInt16LE(end + 8) !== count || zip.readUInt16LE(end + 20) !== 0) {
    throw altered('zip', 'end-of-directory record');
  }
  if (count > PACKAGE_LIMITS.maxEntries) throw new AppError('PACKAGE_TOO_MANY_ENTRIES', { count, limit: PACKAGE_LIMITS.maxEntries });
  if (directoryOffset + directorySize !== end) throw new AppError('PACKAGE_TRUNCATED', { detail: 'the central directory is not where the end record says' });
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== 0x02014b50) throw altered('zip', `directory entry ${i + 1}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const path = zip.toString('latin1', at + 46, at + 46 + nameLength);
    if (!packagePathSchema.safeParse(path).success) throw new AppError('PACKAGE_BAD_PATH', { part: path });
    if (zip.readUInt16LE(at + 4) !== 20 || zip.readUInt16LE(at + 6) !== 20 || zip.readUInt16LE(at + 8) !== 0 || zip.readUInt16LE(at + 30) !== 0 || zip.readUInt16LE(at + 32) !== 0 || zip.readUInt16LE(at + 34) !== 0) {
      throw altered(path, 'directory entry fields');
    }
    if (zip.readUInt16LE(at + 36) !== 0 || zip.readUInt32LE(at + 38) !== 0) throw altered(path, 'directory entry attributes');
    const entry: ZipEntry = {
      path,
      method: zip.readUInt16LE(at + 10),
      crc: zip.readUInt32LE(at + 16),
      storedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      offset: zip.readUInt32LE(at + 42),
      shared: zip.subarray(at + 6, at + 32),
    };
    if (entry.size > PACKAGE_LIMITS.maxEntryBytes) throw new AppError('PACKAGE_TOO_LARGE', { part: path, size: entry.size, limit: PACKAGE_LIMITS.maxEntryBytes });
    total += entry.size;
    if (total > PACKAGE_LIMITS.maxTotalBytes) throw new AppError('PACKAGE_TOO_LARGE', { part: path, size: total, limit: PACKAGE_LIMITS.maxTotalBytes });
    if (entry.size > 1024 * 1024 && entry.size > entry.storedSize * PACKAGE_LIMITS.maxRatio) {
      throw new AppError('PACKAGE_TOO_LARGE', { part: path, size: entry.size, limit: `${PACKAGE_LIMITS.maxRatio}×` });
    }
    if (entries.some((e) => e.path === path)) throw altered(path, 'the name appears twice');
    entries.push(entry);
    at += 46 + nameLength;
  }
  if (at !== end) throw altered('zip', 'central directory size');
  let expected = 0;
  for (const entry of entries) {
    if (entry.offset !== expected) throw altered(entry.path, 'local header position');
    expected += 30 + entry.path.length + entry.storedSize;
  }
  if (expected !== directoryOffset) throw altered('zip', 'data before the central directory');
  return entries;
}

/** The stored bytes of an entry, after its local header was checked against the directory. */
export function storedBytes(zip: Buffer, entry: ZipEntry): Buffer {
  const at = entry.offset;
  if (zip.readUInt32LE(at) !== 0x04034b50) throw altered(entry.path, 'local header signature');
  if (!zip.subarray(at + 4, at + 30).equals(entry.shared)) {
    throw altered(entry.path, 'local header differs from the directory');
  }
  if (zip.toString('latin1', at + 30, at + 30 + entry.path.length) !== entry.path) throw altered(entry.path, 'local header name');
  const start = at + 30 + entry.path.length;
  return zip.subarray(start, start + entry.storedSize);
}

/** Inflates an entry, never past its declared size, and checks its size and CRC. */
export function inflateEntry(zip: Buffer, entry: ZipEntry): Buffer {
  const stored = storedBytes(zip, entry);
  let data: Buffer;
  if (entry.method === 0) data = stored;
  else if (entry.method === 8) {
    try {
      data = zlib.inflateRawSync(stored, { maxOutputLength: Math.max(entry.size, 1) });
    } catch (error) {
      throw altered(entry.path, (error as Error).message);
    }
  } else throw altered(entry.path, `compression method ${entry.method}`);
  if (data.length !== entry.size || (zlib.crc32(data) >>> 0) !== entry.crc) throw new AppError('PACKAGE_PART_CHANGED', { part: entry.path });
  return data;
}
