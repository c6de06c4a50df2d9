import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/backend/core/appError';
import { loadMigrations } from '../../../electron/backend/db/migrations';
import { MIGRATIONS_DIR, fingerprint, readDb, thrown, useTempDirs, userVersion } from '../../fixtures/backend';

const temp = useTempDirs();

/** A database written by some later UnionDesk: schema 99, one row of data, rollback journal. */
function futureDatabase(): { dataDir: string; file: string } {
  const dataDir = temp.dir();
  const file = path.join(dataDir, 'uniondesk.db');
  const db = new Database(file);
  db.exec("CREATE TABLE future_things (id INTEGER PRIMARY KEY, label TEXT); INSERT INTO future_things (label) VALUES ('từ tương lai');");
  db.pragma('user_version = 99');
  db.close();
  return { dataDir, file };
}

describe('a database from a newer UnionDesk', () => {
  it('is refused with DB_TOO_NEW naming both schema versions, in Vietnamese', () => {
    const { dataDir } = futureDatabase();
    const error = thrown(() => temp.open({ dataDir }));
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe('DB_TOO_NEW');
    const supported = loadMigrations(MIGRATIONS_DIR).length;
    const vi = appError.toShape('vi');
    expect(vi.message).toContain('phiên bản UnionDesk mới hơn');
    expect(vi.message).toContain(`lược đồ 99`);
    expect(vi.message).toContain(`hỗ trợ đến ${supported}`);
    expect(vi.message).toContain('dữ liệu chưa bị thay đổi');
    expect(vi.details).toMatchObject({ found: 99, supported });
  });

  it('is left exactly as it was: same bytes, same mtime, no journal files, user_version 99', async () => {
    const { dataDir, file } = futureDatabase();
    const before = fingerprint(file);
    // Let the clock move so that any write would show in the mtime.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(() => temp.open({ dataDir })).toThrow(AppError);
    expect(fingerprint(file)).toEqual(before);
    expect(fs.readdirSync(dataDir).sort()).toEqual(['uniondesk.db']);
    expect(userVersion(file)).toBe(99);
    expect(readDb(file, (db) => db.pragma('journal_mode', { simple: true }))).toBe('delete');
    expect(readDb(file, (db) => db.prepare('SELECT label FROM future_things').pluck().all())).toEqual(['từ tương lai']);
  });

  it('is refused the same way as a restore source', () => {
    const { file } = futureDatabase();
    const backend = temp.open({ dataDir: temp.dir() });
    const error = thrown(() => backend.restore(file));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DB_TOO_NEW');
    expect(userVersion(file)).toBe(99);
  });
});
