import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli, expectOneLineFailure } from '../../fixtures/cli';
import { fingerprint, useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();

/** A data folder with a named office, and a good backup of it to spoil. */
async function officeWithBackup(): Promise<{ dir: string; dbFile: string; backup: string }> {
  const dir = temp.dir();
  await cli(['settings', 'set', 'office.name', 'Công đoàn phường Giữ Nguyên', '--data-dir', dir]);
  const backup = path.join(temp.dir(), 'sao-luu.db');
  expect((await cli(['backup', '--out', backup, '--data-dir', dir])).code).toBe(0);
  return { dir, dbFile: path.join(dir, 'uniondesk.db'), backup };
}

function edit(file: string, sql: string): void {
  const db = new Database(file);
  db.pragma('foreign_keys = OFF');
  db.exec(sql);
  db.close();
}

const corpus: { name: string; message: RegExp; build: (backup: string, folder: string) => string }[] = [
  {
    name: 'a 0-byte file',
    message: /rỗng \(0 byte\)/,
    build: (_backup, folder) => {
      const file = path.join(folder, 'rong.db');
      fs.writeFileSync(file, '');
      return file;
    },
  },
  {
    name: "another app's SQLite file",
    message: /không phải của UnionDesk/,
    build: (_backup, folder) => {
      const file = path.join(folder, 'ghi-chu.sqlite');
      edit(file, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('việc cần làm');");
      return file;
    },
  },
  {
    name: 'our database with a table dropped',
    message: /không phải của UnionDesk.*audit_log/,
    build: (backup) => {
      edit(backup, 'DROP TABLE audit_log;');
      return backup;
    },
  },
  {
    name: 'a database from a newer UnionDesk',
    message: /phiên bản UnionDesk mới hơn/,
    build: (backup) => {
      edit(backup, 'PRAGMA user_version = 999;');
      return backup;
    },
  },
  {
    name: 'a corrupt file (pages overwritten)',
    message: /bị hỏng|không phải/,
    build: (backup) => {
      const bytes = fs.readFileSync(backup);
      for (let offset = 4096; offset < bytes.length; offset += 4096) bytes.fill(0xa5, offset + 8, offset + 200);
      fs.writeFileSync(backup, bytes);
      return backup;
    },
  },
  {
    name: 'a file with a dangling reference',
    message: /tham chiếu tới dữ liệu không tồn tại.*member_movements/,
    build: (backup) => {
      edit(backup, "INSERT INTO member_movements (member_id, kind, date, created_at) VALUES (424242, 'admitted', '2025-01-01', '2025-01-01');");
      return backup;
    },
  },
  {
    name: 'a file with a hostile trigger',
    message: /trigger lạ \(doi_ten\)/,
    build: (backup) => {
      edit(
        backup,
        `CREATE TRIGGER doi_ten AFTER INSERT ON audit_log BEGIN
           UPDATE settings SET value = '"Đã bị đổi tên"' WHERE key = 'office.name';
           DELETE FROM member_search_keys;
         END;`,
      );
      return backup;
    },
  },
];

describe('restore refuses every bad file and leaves the live database byte-for-byte as it was', () => {
  for (const entry of corpus) {
    it(`refuses ${entry.name}`, async () => {
      const { dir, dbFile, backup } = await officeWithBackup();
      const file = entry.build(backup, path.dirname(backup));
      const before = fingerprint(dbFile).sha256;
      const line = expectOneLineFailure(await cli(['restore', file, '--data-dir', dir]), 1);
      expect(line).toMatch(entry.message);
      expect(fingerprint(dbFile).sha256).toBe(before);
      expect(fs.readdirSync(dir).filter((name) => name.includes('restore'))).toEqual([]);
      expect((await cli(['settings', 'get', 'office.name', '--data-dir', dir])).stdout).toEqual(['Công đoàn phường Giữ Nguyên']);
      expect((await cli(['verify', '--data-dir', dir])).code).toBe(0);
    });
  }

  it('still restores a good backup', async () => {
    const { dir, backup } = await officeWithBackup();
    await cli(['settings', 'set', 'office.name', 'Tên mới', '--data-dir', dir]);
    expect((await cli(['restore', backup, '--data-dir', dir])).code).toBe(0);
    expect((await cli(['settings', 'get', 'office.name', '--data-dir', dir])).stdout).toEqual(['Công đoàn phường Giữ Nguyên']);
  });
});

describe('verify', () => {
  it('calls a database without our tables unhealthy', async () => {
    const dir = temp.dir();
    await cli(['init', '--data-dir', dir]);
    edit(path.join(dir, 'uniondesk.db'), 'DROP TABLE audit_log;');
    const run = await cli(['verify', '--data-dir', dir, '--json']);
    expect(run.code).toBe(1);
    expect(run.json()).toMatchObject({ healthy: false, integrity: [expect.stringContaining('audit_log')] });
  });

  it('calls a database with a trigger we never create unhealthy', async () => {
    const dir = temp.dir();
    await cli(['init', '--data-dir', dir]);
    edit(path.join(dir, 'uniondesk.db'), "CREATE TRIGGER la AFTER INSERT ON settings BEGIN DELETE FROM settings; END;");
    const run = await cli(['verify', '--data-dir', dir, '--json']);
    expect(run.code).toBe(1);
    expect(run.json()).toMatchObject({ healthy: false, integrity: [expect.stringContaining('la')] });
  });
});
