import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { call, useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();

describe('migration 0005 (targets, care activities)', () => {
  it('enforces the checks and the one-code-per-assignee rule, and has the statistics indexes', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await call(backend, 'setup:start', { mode: 'empty', officeName: 'Công đoàn phường Chương Mỹ', year: 2025 });
    backend.close();
    const db = new Database(backend.dbFile);
    try {
      const insert = db.prepare(
        "INSERT INTO targets (year, code, name, target, assignee_organization_id, created_at, updated_at) VALUES (2025, ?, 'Kết nạp', ?, ?, 'x', 'x')",
      );
      insert.run('CT01', 10, null);
      expect(() => insert.run('CT01', 5, null)).toThrow(/UNIQUE/);
      expect(() => insert.run('CT02', -1, null)).toThrow(/CHECK/);
      expect(() => insert.run('  ', 1, null)).toThrow(/CHECK/);
      const care = db.prepare("INSERT INTO care_activities (year, kind, name, people, amount, created_at) VALUES (2025, ?, 'Tết', ?, ?, 'x')");
      care.run('tet', 10, 1000);
      expect(() => care.run('party', 1, 1)).toThrow(/CHECK/);
      expect(() => care.run('tet', -1, 1)).toThrow(/CHECK/);
      expect(() => care.run('tet', 1, -1)).toThrow(/CHECK/);
      const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all();
      expect(indexes).toEqual(expect.arrayContaining(['members_statistics', 'members_sex_party', 'member_movements_statistics', 'organization_management_unit', 'targets_year']));
    } finally {
      db.close();
    }
  });
});
