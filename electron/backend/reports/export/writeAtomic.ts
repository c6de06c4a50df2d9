import fs from 'node:fs';
import path from 'node:path';

/** Writes beside the target, then renames into place: a reader never sees half a file. */
export function writeFileAtomic(file: string, data: Uint8Array | string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.partial`;
  fs.writeFileSync(temp, data);
  fs.renameSync(temp, file);
}
