import fs from 'node:fs';
import path from 'node:path';
import type { Backend } from '../../../electron/backend/backend';
import { preparePart, writeZip, type ZipPart } from '../../../electron/backend/upward/zipWrite';
import { inflateEntry, readZipDirectory } from '../../../electron/backend/upward/zipRead';
import { call, readDb, tableNames, withDb, type useTempDirs } from '../../fixtures/backend';

export { withDb };

type Temp = ReturnType<typeof useTempDirs>;

export const YEAR = 2025;

export interface LowerOffice {
  dir: string;
  backend: Backend;
}

/** A demo office with its own code; `prefix` renames its CĐCS codes so two offices do not share any. */
export async function lowerOffice(temp: Temp, options: { name: string; code: string; seed: number; unions: number; members: number; prefix?: string; version?: string }): Promise<LowerOffice> {
  const dir = temp.dir();
  const backend = temp.open({ dataDir: dir, ...(options.version ? { version: options.version } : {}) });
  await call(backend, 'setup:start', { mode: 'demo', officeName: options.name, unions: options.unions, members: options.members, year: YEAR, seed: options.seed });
  await call(backend, 'settings:update', { 'office.name': options.name });
  withDb(backend, (db) => {
    db.prepare('UPDATE organizations SET code = ? WHERE is_own_office = 1').run(options.code);
    if (options.prefix) db.prepare("UPDATE organizations SET code = ? || code WHERE level = 'grassroots'").run(options.prefix);
  });
  await call(backend, 'reports:create', { year: YEAR, from: 'template' });
  await call(backend, 'reports:finalize', { year: YEAR, allowUnwritten: true });
  return { dir, backend };
}

export async function buildPackage(office: LowerOffice, name = 'package.zip'): Promise<{ file: string; bytes: Buffer; fingerprint: string; revision: number }> {
  const built = await call(office.backend, 'upward:build', { year: YEAR, pdf: false, target: path.join(office.dir, name) });
  return { file: built.file, bytes: fs.readFileSync(built.file), fingerprint: built.fingerprint, revision: built.revision };
}

export async function upperOffice(temp: Temp): Promise<{ dir: string; backend: Backend }> {
  const dir = temp.dir();
  const backend = temp.open({ dataDir: dir });
  await call(backend, 'setup:start', { mode: 'empty', officeName: 'Liên đoàn Lao động quận Hà Đông', year: YEAR });
  return { dir, backend };
}

export function importFiles(backend: Backend, files: { name: string; bytes: Buffer }[], repin: string[] = []) {
  return call(backend, 'upper:import', { files: files.map((f) => ({ name: f.name, base64: f.bytes.toString('base64') })), repin });
}

/** Every row of every table, to prove a refusal wrote nothing. */
export function dump(dbFile: string): Record<string, unknown[]> {
  return readDb(dbFile, (db) => Object.fromEntries(tableNames(db).map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all()])));
}

/** The package's parts, inflated, changed by `edit`, zipped again (a forged package). */
export function repack(zip: Buffer, edit: (parts: ZipPart[]) => ZipPart[]): Buffer {
  const parts = readZipDirectory(zip).map((e) => preparePart(e.path, inflateEntry(zip, e), e.method === 8));
  return writeZip(edit(parts), new Date('2025-03-15T08:00:00Z'));
}
