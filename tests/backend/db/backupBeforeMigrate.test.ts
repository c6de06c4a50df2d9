import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMigrations } from '../../../electron/backend/db/migrations';
import { MIGRATIONS_DIR, call, count, readDb, tableNames, thrown, useTempDirs, userVersion } from '../../fixtures/backend';

const temp = useTempDirs();
const current = loadMigrations(MIGRATIONS_DIR).length;
const pad = (n: number) => String(n).padStart(4, '0');

/** A data folder holding a database at today's schema with some of the user's data in it. */
async function databaseWithData(): Promise<{ dataDir: string; dbFile: string }> {
  const dataDir = temp.dir();
  const backend = temp.open({ dataDir });
  await call(backend, 'settings:update', { 'office.name': 'Công đoàn phường Chương Mỹ', 'office.workingYear': 2025 });
  await call(backend, 'baseSalary:save', { effectiveFrom: '2026-01-01', amount: 2_530_000, legalBasis: 'thử' });
  backend.close();
  return { dataDir, dbFile: backend.dbFile };
}

/** The shipped migrations plus one more, in a temp folder. */
function migrationsWithExtra(sql: string, name = 'test'): string {
  const dir = temp.dir('uniondesk-migrations-');
  for (const file of fs.readdirSync(MIGRATIONS_DIR)) fs.copyFileSync(path.join(MIGRATIONS_DIR, file), path.join(dir, file));
  fs.writeFileSync(path.join(dir, `${pad(current + 1)}-${name}.sql`), sql);
  return dir;
}

const officeName = (file: string) =>
  readDb(file, (db) => db.prepare("SELECT value FROM settings WHERE key = 'office.name'").pluck().get());

describe('upgrading a database that holds data', () => {
  it('backs it up to backups/before-migration-vN-*.db first, then migrates the live file', async () => {
    const { dataDir, dbFile } = await databaseWithData();
    const migrationsDir = migrationsWithExtra(
      "CREATE TABLE test_notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT;\nINSERT INTO test_notes (text) VALUES ('mới');",
    );

    const backend = temp.open({ dataDir, migrationsDir });
    expect(backend.migration).toMatchObject({ from: current, to: current + 1 });
    const backupFile = backend.migration.backupFile;
    expect(backupFile).not.toBeNull();
    backend.close();

    const backups = fs.readdirSync(path.join(dataDir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(new RegExp(`^before-migration-v${current}-\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{2}\\.db$`));
    expect(backupFile).toBe(path.join(dataDir, 'backups', backups[0] ?? ''));

    // The backup is the database as it was: old schema, the user's data, no new table.
    const backup = backupFile ?? '';
    expect(userVersion(backup)).toBe(current);
    expect(officeName(backup)).toBe(JSON.stringify('Công đoàn phường Chương Mỹ'));
    expect(readDb(backup, (db) => count(db, "SELECT count(*) FROM base_salaries WHERE effective_from = '2026-01-01'"))).toBe(1);
    expect(readDb(backup, tableNames)).not.toContain('test_notes');
    expect(readDb(backup, (db) => db.pragma('integrity_check', { simple: true }))).toBe('ok');

    // The live database is upgraded and still has the data.
    expect(userVersion(dbFile)).toBe(current + 1);
    expect(readDb(dbFile, (db) => db.prepare('SELECT text FROM test_notes').pluck().all())).toEqual(['mới']);
    expect(officeName(dbFile)).toBe(JSON.stringify('Công đoàn phường Chương Mỹ'));
  });

  it('makes no backup when the database is already current, nor for a brand-new one', async () => {
    const { dataDir } = await databaseWithData();
    const backend = temp.open({ dataDir });
    expect(backend.migration).toEqual({ from: current, to: current, backupFile: null });
    expect(fs.existsSync(path.join(dataDir, 'backups'))).toBe(false);

    const fresh = temp.openFresh({ dataDir: temp.dir() });
    expect(fresh.migration).toEqual({ from: 0, to: current, backupFile: null });
    expect(fs.existsSync(path.join(fresh.dataDir, 'backups'))).toBe(false);
  });

  it('rolls a failing migration back entirely and reports the SQL error', async () => {
    const { dataDir, dbFile } = await databaseWithData();
    const migrationsDir = migrationsWithExtra(
      [
        'CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT;',
        "UPDATE settings SET value = '\"changed\"' WHERE key = 'office.name';",
        'INSERT INTO no_such_table VALUES (1);',
      ].join('\n'),
      'broken',
    );

    const error = thrown(() => temp.open({ dataDir, migrationsDir }));
    expect(String(error)).toMatch(/no such table: no_such_table/);

    expect(userVersion(dbFile)).toBe(current);
    expect(readDb(dbFile, tableNames)).not.toContain('half_done');
    expect(officeName(dbFile)).toBe(JSON.stringify('Công đoàn phường Chương Mỹ'));
    expect(readDb(dbFile, (db) => db.pragma('integrity_check', { simple: true }))).toBe('ok');
    // The safety copy was taken before the attempt.
    expect(fs.readdirSync(path.join(dataDir, 'backups'))).toEqual([expect.stringMatching(/^before-migration-v\d+-.*\.db$/)]);

    // The shipped migrations still open it.
    const backend = temp.open({ dataDir });
    expect(backend.migration.from).toBe(current);
    expect((await call(backend, 'settings:get', {}))['office.name']).toBe('Công đoàn phường Chương Mỹ');
  });
});
