import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/backend/db/connection';
import { loadMigrations } from '../../../electron/backend/db/migrations';
import { migrate, schemaVersion } from '../../../electron/backend/db/migrate';
import { MIGRATIONS_DIR, tableNames, thrown, useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();

function freshDb(): Db {
  return openDatabase(path.join(temp.dir(), 'uniondesk.db'));
}

function migrated(): Db {
  const db = freshDb();
  migrate(db, loadMigrations(MIGRATIONS_DIR), () => {
    throw new Error('an empty database needs no backup');
  });
  return db;
}

function indexNames(db: Db): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((row) => row.name);
}

const now = '2025-03-15T08:00:00.000Z';

function insertOrg(db: Db, values: { level?: string; name?: string; total?: number | null; female?: number | null; parent?: number | null }) {
  return Number(
    db
      .prepare(
        `INSERT INTO organizations (parent_id, level, name, name_fold, workers_total, workers_female, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(values.parent ?? null, values.level ?? 'grassroots', values.name ?? 'CĐCS A', 'cdcs a', values.total ?? null, values.female ?? null, now, now)
      .lastInsertRowid,
  );
}

describe('migrations', () => {
  it('are numbered 1..n with names', () => {
    const migrations = loadMigrations(MIGRATIONS_DIR);
    expect(migrations.length).toBeGreaterThanOrEqual(1);
    migrations.forEach((migration, index) => {
      expect(migration.version).toBe(index + 1);
      expect(migration.name).toMatch(/^[\w-]+$/);
      expect(migration.sql.trim()).not.toBe('');
    });
  });

  it('apply one by one on an empty database, each bumping user_version', () => {
    const migrations = loadMigrations(MIGRATIONS_DIR);
    const db = freshDb();
    expect(schemaVersion(db)).toBe(0);
    for (let n = 1; n <= migrations.length; n++) {
      const result = migrate(db, migrations.slice(0, n), (from) => `backup-v${from}`);
      expect(result.to).toBe(n);
      expect(schemaVersion(db)).toBe(n);
    }
    db.close();
  });

  it('leave the expected tables and indexes, user_version = number of migrations', () => {
    const db = migrated();
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['settings', 'base_salaries', 'organizations', 'organization_management', 'audit_log']),
    );
    expect(indexNames(db)).toEqual(
      expect.arrayContaining([
        'organizations_one_own_office',
        'organizations_parent',
        'organizations_name_fold',
        'organization_management_open',
        'organization_management_manager',
        'audit_log_entity',
        'audit_log_at',
      ]),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(loadMigrations(MIGRATIONS_DIR).length);
    db.close();
  });

  it('seed the base salary: 2,340,000 đồng from 2024-07-01 and 2,530,000 from 2026-07-01, each with its legal basis', () => {
    const db = migrated();
    const rows = db.prepare('SELECT effective_from, amount, legal_basis FROM base_salaries ORDER BY effective_from').all();
    expect(rows).toEqual([
      { effective_from: '2024-07-01', amount: 2_340_000, legal_basis: 'Nghị định 73/2024/NĐ-CP ngày 30/06/2024, khoản 2 Điều 3' },
      { effective_from: '2026-07-01', amount: 2_530_000, legal_basis: 'Nghị định 161/2026/NĐ-CP ngày 15/05/2026, khoản 2 Điều 3' },
    ]);
    db.close();
  });

  it('run with foreign keys on, WAL journal and synchronous FULL', () => {
    const db = migrated();
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  describe('constraints refuse bad rows', () => {
    it('more female workers than workers', () => {
      const db = migrated();
      expect(() => insertOrg(db, { total: 10, female: 11 })).toThrow(/CHECK constraint failed/);
      expect(() => insertOrg(db, { total: 10, female: 10 })).not.toThrow();
      db.close();
    });

    it('negative worker counts, an unknown level and a blank name', () => {
      const db = migrated();
      expect(() => insertOrg(db, { total: -1 })).toThrow(/CHECK constraint failed/);
      expect(() => insertOrg(db, { level: 'district' })).toThrow(/CHECK constraint failed/);
      expect(() => insertOrg(db, { name: '   ' })).toThrow(/CHECK constraint failed/);
      db.close();
    });

    it('two open management rows for one unit', () => {
      const db = migrated();
      const office = insertOrg(db, { level: 'upper_grassroots', name: 'LĐLĐ huyện' });
      const other = insertOrg(db, { level: 'upper_grassroots', name: 'LĐLĐ quận' });
      const unit = insertOrg(db, { parent: office });
      const manage = db.prepare(
        'INSERT INTO organization_management (organization_id, manager_id, valid_from, valid_to) VALUES (?, ?, ?, ?)',
      );
      manage.run(unit, office, '2020-01-01', null);
      expect(() => manage.run(unit, other, '2024-01-01', null)).toThrow(/UNIQUE constraint failed/);
      // History is fine: a closed row and one open row.
      expect(() => manage.run(unit, other, '2019-01-01', '2019-12-31')).not.toThrow();
      // A period that ends before it starts, and a unit managing itself, are refused.
      expect(() => manage.run(unit, other, '2018-01-01', '2017-01-01')).toThrow(/CHECK constraint failed/);
      expect(() => manage.run(unit, unit, '2018-01-01', '2018-02-01')).toThrow(/CHECK constraint failed/);
      db.close();
    });

    it('a management row for a unit that does not exist (foreign key)', () => {
      const db = migrated();
      const office = insertOrg(db, { level: 'upper_grassroots', name: 'LĐLĐ huyện' });
      expect(() =>
        db
          .prepare('INSERT INTO organization_management (organization_id, manager_id, valid_from) VALUES (?, ?, ?)')
          .run(9999, office, '2020-01-01'),
      ).toThrow(/FOREIGN KEY constraint failed/);
      db.close();
    });

    it('two own offices, a duplicate base salary date and a malformed date', () => {
      const db = migrated();
      const own = db.prepare(
        "INSERT INTO organizations (level, is_own_office, name, name_fold, created_at, updated_at) VALUES ('upper_grassroots', 1, ?, ?, ?, ?)",
      );
      own.run('A', 'a', now, now);
      expect(() => own.run('B', 'b', now, now)).toThrow(/UNIQUE constraint failed/);
      const salary = db.prepare('INSERT INTO base_salaries (effective_from, amount) VALUES (?, ?)');
      expect(() => salary.run('2024-07-01', 2_500_000)).toThrow(/UNIQUE constraint failed/);
      expect(() => salary.run('01/07/2026', 2_500_000)).toThrow(/CHECK constraint failed/);
      expect(() => salary.run('2026-07-01', 0)).toThrow(/CHECK constraint failed/);
      db.close();
    });
  });

  describe('loading', () => {
    function copyMigrations(): string {
      const dir = temp.dir('uniondesk-migrations-');
      for (const file of fs.readdirSync(MIGRATIONS_DIR)) fs.copyFileSync(path.join(MIGRATIONS_DIR, file), path.join(dir, file));
      return dir;
    }

    it('throws on a gap in the numbering', () => {
      const dir = copyMigrations();
      const next = loadMigrations(MIGRATIONS_DIR).length + 2;
      fs.writeFileSync(path.join(dir, `${String(next).padStart(4, '0')}-x.sql`), 'CREATE TABLE x (id INTEGER);');
      expect(() => loadMigrations(dir)).toThrow(/gap or duplicate/);
    });

    it('throws on a duplicate number', () => {
      const dir = copyMigrations();
      fs.writeFileSync(path.join(dir, '0001-again.sql'), 'CREATE TABLE x (id INTEGER);');
      expect(() => loadMigrations(dir)).toThrow(/gap or duplicate/);
    });

    it('ignores files that are not NNNN-name.sql', () => {
      const dir = copyMigrations();
      fs.writeFileSync(path.join(dir, 'README.md'), '# notes');
      fs.writeFileSync(path.join(dir, '12-short.sql'), 'SELECT 1;');
      expect(loadMigrations(dir)).toHaveLength(loadMigrations(MIGRATIONS_DIR).length);
    });

    it('openBackend refuses a migrations folder with a gap before touching the data folder', () => {
      const dir = copyMigrations();
      const next = loadMigrations(MIGRATIONS_DIR).length + 2;
      fs.writeFileSync(path.join(dir, `${String(next).padStart(4, '0')}-x.sql`), 'CREATE TABLE x (id INTEGER);');
      const dataDir = path.join(temp.dir(), 'data');
      const error = thrown(() => temp.open({ dataDir, migrationsDir: dir }));
      expect(String(error)).toMatch(new RegExp(`gap or duplicate at ${next}-x`));
      expect(fs.existsSync(dataDir)).toBe(false);
    });
  });
});
