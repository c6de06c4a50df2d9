import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/backend/core/appError';
import { fingerprint, thrown, useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();

function appErrorFrom(fn: () => unknown): AppError {
  const error = thrown(fn);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Opens the data folder, expects `code`, and checks the database file was not touched. */
async function expectRefusedUntouched(dataDir: string, codes: string[]): Promise<AppError> {
  const file = path.join(dataDir, 'uniondesk.db');
  const before = fingerprint(file);
  await new Promise((resolve) => setTimeout(resolve, 20));
  const error = appErrorFrom(() => temp.open({ dataDir }));
  expect(codes).toContain(error.code);
  expect(fingerprint(file)).toEqual(before);
  expect(fs.readdirSync(dataDir)).toEqual(['uniondesk.db']);
  return error;
}

describe('files that are not a usable database', () => {
  it('a text file is refused as DB_NOT_SQLITE with a clear message, and left alone', async () => {
    const dataDir = temp.dir();
    const file = path.join(dataDir, 'uniondesk.db');
    fs.writeFileSync(file, 'Danh sách công đoàn cơ sở\nđây không phải cơ sở dữ liệu\n');
    const error = await expectRefusedUntouched(dataDir, ['DB_NOT_SQLITE']);
    const vi = error.toShape('vi').message;
    expect(vi).toContain(file);
    expect(vi).toContain('không phải là cơ sở dữ liệu UnionDesk');
    expect(vi).toContain('khôi phục từ bản sao lưu');
    expect(error.toShape('en').message).toContain('is not a UnionDesk (SQLite) database');
  });

  it('a file shorter than the SQLite header is refused as DB_NOT_SQLITE', async () => {
    const dataDir = temp.dir();
    fs.writeFileSync(path.join(dataDir, 'uniondesk.db'), 'SQLite');
    await expectRefusedUntouched(dataDir, ['DB_NOT_SQLITE']);
  });

  it('a valid header followed by garbage is refused as damaged, and left alone', async () => {
    const dataDir = temp.dir();
    const garbage = crypto.randomBytes(8192);
    garbage.write('SQLite format 3\u0000', 0, 'latin1');
    fs.writeFileSync(path.join(dataDir, 'uniondesk.db'), garbage);
    const error = await expectRefusedUntouched(dataDir, ['DB_CORRUPT', 'DB_NOT_SQLITE']);
    expect(error.toShape('vi').message).toMatch(/bị hỏng|không phải là cơ sở dữ liệu/);
  });

  it('a real database whose schema page is overwritten is refused as DB_CORRUPT, and left alone', async () => {
    const dataDir = temp.dir();
    temp.open({ dataDir }).close();
    const file = path.join(dataDir, 'uniondesk.db');
    const bytes = fs.readFileSync(file);
    // Keep the 100-byte file header, scramble the rest of page 1 (the sqlite_master b-tree).
    crypto.randomBytes(bytes.readUInt16BE(16) - 100).copy(bytes, 100);
    fs.writeFileSync(file, bytes);
    const error = await expectRefusedUntouched(dataDir, ['DB_CORRUPT']);
    expect(error.toShape('vi').message).toContain('bị hỏng');
  });

  it('an empty file is treated as a new database', () => {
    const dataDir = temp.dir();
    fs.writeFileSync(path.join(dataDir, 'uniondesk.db'), '');
    const backend = temp.open({ dataDir });
    expect(backend.migration.from).toBe(0);
  });
});

describe('a data folder that cannot be written', () => {
  it('is refused as DATA_DIR_NOT_WRITABLE naming the folder', () => {
    const parent = temp.dir();
    const file = path.join(parent, 'a-file');
    fs.writeFileSync(file, 'not a folder');
    const dataDir = path.join(file, 'sub');
    const error = appErrorFrom(() => temp.open({ dataDir }));
    expect(error.code).toBe('DATA_DIR_NOT_WRITABLE');
    const vi = error.toShape('vi').message;
    expect(vi).toContain(dataDir);
    expect(vi).toContain('Không ghi được vào thư mục dữ liệu');
    expect(fs.readFileSync(file, 'utf8')).toBe('not a folder');
  });
});
