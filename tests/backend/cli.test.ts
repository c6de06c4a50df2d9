import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, expectOneLineFailure } from '../fixtures/cli';
import { loadMigrations } from '../../electron/backend/db/migrations';
import { MIGRATIONS_DIR, PROJECT_ROOT, count, fingerprint, readDb, useTempDirs } from '../fixtures/backend';

const temp = useTempDirs();
const latest = loadMigrations(MIGRATIONS_DIR).length;


describe('uniondesk CLI (in process)', () => {
  it('init --json creates the database and reports the schema', async () => {
    const dir = temp.dir();
    const run = await cli(['init', '--data-dir', dir, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toEqual([]);
    expect(run.json()).toEqual({ dataDir: dir, dbFile: path.join(dir, 'uniondesk.db'), schemaVersion: latest, migratedFrom: 0 });
    expect(fs.existsSync(path.join(dir, 'uniondesk.db'))).toBe(true);
    // A second init finds it current.
    expect((await cli(['init', '--data-dir', dir, '--json'])).json()).toMatchObject({ migratedFrom: latest });
  });

  it('takes global options before the command too, and the data folder from UNIONDESK_DATA_DIR', async () => {
    const dir = temp.dir();
    const before = await cli(['--data-dir', dir, '--lang', 'en', 'init']);
    expect(before.stderr).toEqual([]);
    expect(before.code).toBe(0);
    expect(before.stdout[0]).toMatch(/^Database ready: /);
    const fromEnv = await cli(['verify', '--json'], { UNIONDESK_DATA_DIR: dir });
    expect(fromEnv.code).toBe(0);
    expect(fromEnv.json()).toMatchObject({ file: path.join(dir, 'uniondesk.db') });
  });

  it('verify exits 0 on a healthy database, in text and JSON', async () => {
    const dir = temp.dir();
    await cli(['init', '--data-dir', dir]);
    const text = await cli(['verify', '--data-dir', dir]);
    expect(text.code).toBe(0);
    expect(text.stdout).toEqual([expect.stringMatching(/^Cơ sở dữ liệu tốt: .*kiểm tra toàn vẹn: ok\.$/)]);
    const json = await cli(['verify', '--data-dir', dir, '--json']);
    expect(json.code).toBe(0);
    expect(json.json()).toMatchObject({ healthy: true, integrity: ['ok'], schemaVersion: latest, latestSchemaVersion: latest });
  });

  it('settings get and set; a bad value exits 1 with one line on stderr and writes nothing', async () => {
    const dir = temp.dir();
    const set = await cli(['settings', 'set', 'office.name', 'Công đoàn phường Chương Mỹ', '--data-dir', dir]);
    expect(set.code).toBe(0);
    expect(set.stdout).toEqual(['Đã lưu office.name = Công đoàn phường Chương Mỹ.']);
    expect((await cli(['settings', 'set', 'office.workingYear', '2026', '--data-dir', dir, '--json'])).json()).toEqual({
      'office.workingYear': 2026,
    });

    const one = await cli(['settings', 'get', 'office.name', '--data-dir', dir]);
    expect(one.stdout).toEqual(['Công đoàn phường Chương Mỹ']);
    const all = await cli(['settings', 'get', '--data-dir', dir, '--json']);
    expect(all.json()).toMatchObject({ 'office.name': 'Công đoàn phường Chương Mỹ', 'office.workingYear': 2026, 'ui.language': 'vi' });

    const audit = () => readDb(path.join(dir, 'uniondesk.db'), (db) => count(db, 'SELECT count(*) FROM audit_log'));
    const auditBefore = audit();
    const bad = await cli(['settings', 'set', 'office.workingYear', '1800', '--data-dir', dir]);
    const line = expectOneLineFailure(bad, 1);
    // The field as the screen labels it, never the raw key.
    expect(line).toContain('Năm làm việc: không được nhỏ hơn 2000');
    expect(line).not.toContain('office.workingYear');
    expect(line).toContain('Dữ liệu không hợp lệ');
    expect(audit()).toBe(auditBefore);
    expect((await cli(['settings', 'get', 'office.workingYear', '--data-dir', dir])).stdout).toEqual(['2026']);

    expect(expectOneLineFailure(await cli(['settings', 'set', 'office.colour', 'đỏ', '--data-dir', dir]), 2)).toContain('office.colour');
    expectOneLineFailure(await cli(['settings', 'set', 'office.name', '--data-dir', dir]), 2);
  });

  it('seed --unions 30 --year 2025 --seed 7 --json loads the demo office', async () => {
    const dir = temp.dir();
    const run = await cli(['seed', '--unions', '30', '--year', '2025', '--seed', '7', '--json', '--data-dir', dir]);
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.json()).toMatchObject({ office: 'Công đoàn phường Chương Mỹ', year: 2025, unions: 30 });
    // Seeding again is refused, in one line.
    expect(expectOneLineFailure(await cli(['seed', '--unions', '5', '--data-dir', dir]), 1)).toContain('đã được khởi tạo');
    // A number that is not a number is a usage error.
    expect(expectOneLineFailure(await cli(['seed', '--unions', 'ba mươi', '--data-dir', temp.dir()]), 2)).toContain('--unions');
  });

  it('backup, change, restore: the old value is back and a before-restore safety copy exists', async () => {
    const dir = temp.dir();
    const out = path.join(temp.dir(), 'sao lưu', 'uniondesk-backup.db');
    await cli(['settings', 'set', 'office.name', 'Tên cũ', '--data-dir', dir]);
    const backup = await cli(['backup', '--out', out, '--data-dir', dir, '--json']);
    expect(backup.code).toBe(0);
    expect(backup.json()).toMatchObject({ file: out, sizeBytes: fs.statSync(out).size });

    await cli(['settings', 'set', 'office.name', 'Tên mới', '--data-dir', dir]);
    const restore = await cli(['restore', out, '--data-dir', dir, '--json']);
    expect(restore.stderr).toEqual([]);
    expect(restore.code).toBe(0);
    const { restoredFrom, safetyBackup } = restore.json<{ restoredFrom: string; safetyBackup: string }>();
    expect(restoredFrom).toBe(out);
    expect(path.dirname(safetyBackup)).toBe(path.join(dir, 'backups'));
    expect(path.basename(safetyBackup)).toMatch(/^before-restore-.*\.db$/);

    expect((await cli(['settings', 'get', 'office.name', '--data-dir', dir])).stdout).toEqual(['Tên cũ']);
    expect(readDb(safetyBackup, (db) => db.prepare("SELECT value FROM settings WHERE key = 'office.name'").pluck().get())).toBe(
      JSON.stringify('Tên mới'),
    );
    expect(readDb(path.join(dir, 'uniondesk.db'), (db) => count(db, "SELECT count(*) FROM audit_log WHERE action = 'restore'"))).toBe(1);
    expect((await cli(['verify', '--data-dir', dir])).code).toBe(0);
  });

  it('restore of a non-SQLite file exits 1 and leaves the database alone', async () => {
    const dir = temp.dir();
    await cli(['settings', 'set', 'office.name', 'Giữ nguyên', '--data-dir', dir]);
    const notADb = path.join(temp.dir(), 'ghi-chu.db');
    fs.writeFileSync(notADb, 'đây là ghi chú, không phải cơ sở dữ liệu');
    const dbFile = path.join(dir, 'uniondesk.db');
    const before = fingerprint(dbFile);

    const line = expectOneLineFailure(await cli(['restore', notADb, '--data-dir', dir]), 1);
    expect(line).toContain(notADb);
    expect(line).toContain('không phải là cơ sở dữ liệu');
    expect(fingerprint(dbFile).sha256).toBe(before.sha256);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
    expect((await cli(['settings', 'get', 'office.name', '--data-dir', dir])).stdout).toEqual(['Giữ nguyên']);

    expect(expectOneLineFailure(await cli(['restore', path.join(dir, 'missing.db'), '--data-dir', dir]), 1)).toContain('missing.db');
    expectOneLineFailure(await cli(['restore', '--data-dir', dir]), 2);
  });

  it('an unknown command exits 2 with one line naming it', async () => {
    const line = expectOneLineFailure(await cli(['frobnicate', '--data-dir', temp.dir()]), 2);
    expect(line).toContain('"frobnicate"');
    expect(expectOneLineFailure(await cli(['frobnicate', '--lang', 'en']), 2)).toBe(
      'uniondesk: Unknown command "frobnicate". Run "uniondesk --help" for the list of commands.',
    );
  });

  it('an unknown option exits 2', async () => {
    const dir = temp.dir();
    const line = expectOneLineFailure(await cli(['verify', '--frob', '--data-dir', dir]), 2);
    expect(line).toContain('--frob');
    // Nothing was opened or created.
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('--help prints the usage and exits 0; no arguments prints it and exits 2', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stderr).toEqual([]);
    expect(help.stdout.join('\n')).toMatch(/^Cách dùng: uniondesk <lệnh>/);
    for (const command of ['init', 'seed', 'settings get', 'settings set', 'backup', 'restore', 'verify']) {
      expect(help.stdout.join('\n')).toContain(command);
    }
    expect((await cli(['-h', '--lang', 'en'])).stdout.join('\n')).toMatch(/^Usage: uniondesk <command>/);
    expect((await cli([])).code).toBe(2);
  });
});

describe('uniondesk CLI (real process)', () => {
  // Two tsx starts: seconds each on a busy machine.
  it('init then verify through tsx exit 0 with JSON on stdout', { timeout: 120_000 }, () => {
    const dir = temp.dir();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'electron/backend/hosts/cli/main.ts', ...args], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        env: { ...process.env, UNIONDESK_DATA_DIR: '' },
        timeout: 55_000,
      });

    const init = run('init', '--data-dir', dir, '--json');
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(JSON.parse(init.stdout)).toEqual({ dataDir: dir, dbFile: path.join(dir, 'uniondesk.db'), schemaVersion: latest, migratedFrom: 0 });

    const verify = run('verify', '--data-dir', dir, '--json');
    expect(verify.status).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ healthy: true, schemaVersion: latest });

    const unknown = run('frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
  });
});
