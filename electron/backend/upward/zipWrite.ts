import zlib from 'node:zlib';

/** A part ready for the zip: its bytes as stored (deflated or not) and what they inflate to. */
export interface ZipPart {
  path: string;
  data: Uint8Array;
  stored: Uint8Array;
  method: 0 | 8;
  crc: number;
}

export function preparePart(path: string, data: Uint8Array, compress: boolean): ZipPart {
  const stored = compress ? zlib.deflateRawSync(data, { level: 6 }) : data;
  return { path, data, stored, method: compress ? 8 : 0, crc: zlib.crc32(data) };
}

/** MS-DOS time and date fields of an instant (UTC). */
function dosDateTime(at: Date): { time: number; date: number } {
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
    date: ((Math.max(at.getUTCFullYear(), 1980) - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

/**
 * A plain zip (any unzip tool opens it): every part's local header, its bytes, the central
 * directory, the end record; no extra fields, no comments, names in ASCII.
 */
export function writeZip(parts: ZipPart[], at: Date): Buffer {
  const { time, date } = dosDateTime(at);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.path, 'ascii');
    const fields = (header: Buffer, at0: number) => {
      header.writeUInt16LE(0, at0); // flags
      header.writeUInt16LE(part.method, at0 + 2);
      header.writeUInt16LE(time, at0 + 4);
      header.writeUInt16LE(date, at0 + 6);
      header.writeUInt32LE(part.crc >>> 0, at0 + 8);
      header.writeUInt32LE(part.stored.length, at0 + 12);
      header.writeUInt32LE(part.data.length, at0 + 16);
      header.writeUInt16LE(name.length, at0 + 20);
      header.writeUInt16LE(0, at0 + 22); // extra
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    fields(local, 6);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    fields(entry, 8);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, Buffer.from(part.stored));
    central.push(entry, name);
    offset += 30 + name.length + part.stored.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, centralBytes, end]);
}
