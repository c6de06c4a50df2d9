import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/backend/core/appError';
import { openDatabase } from '../../../electron/backend/db/connection';
import { LOCK_FILE_NAME } from '../../../electron/backend/db/dataLock';
import { cli } from '../../fixtures/cli';
import { thrown, useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();

/** A lock file held by a live process other than us, that ends after `ms`. */
function lockHeldByAnotherProcess(dir: string, purpose: 'restore' | 'migrate', ms: number) {
  const holder = spawn(process.execPath, ['-e', `setTimeout(() => {}, ${ms})`], { stdio: 'ignore' });
  fs.writeFileSync(path.join(dir, LOCK_FILE_NAME), JSON.stringify({ pid: holder.pid, purpose, at: new Date().toISOString() }));
  return { holder, exited: new Promise((resolve) => holder.on('exit', resolve)) };
}

describe('one writer across processes', () => {
  it('write transactions begin IMMEDIATE: another connection cannot start writing even before the first write', () => {
    const dir = temp.dir();
    const file = path.join(dir, 'uniondesk.db');
    const db = openDatabase(file);
    db.exec('CREATE TABLE t (x INTEGER)');
    const other = new Database(file);
    other.pragma('busy_timeout = 0');
    let otherCouldBegin: boolean | undefined;
    db.transaction(() => {
      db.prepare('SELECT count(*) FROM t').get();
      try {
        other.exec('BEGIN IMMEDIATE');
        other.exec('ROLLBACK');
        otherCouldBegin = true;
      } catch {
        otherCouldBegin = false;
      }
      db.prepare('INSERT INTO t VALUES (1)').run();
    })();
    other.close();
    db.close();
    expect(otherCouldBegin).toBe(false);
  });

  it('the app refuses to open while another process restores; the CLI waits, says why, then runs', async () => {
    const dir = temp.dir();
    expect((await cli(['init', '--data-dir', dir])).code).toBe(0);
    const { holder, exited } = lockHeldByAnotherProcess(dir, 'restore', 1_500);
    const error = thrown(() => temp.open({ dataDir: dir }));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DATA_DIR_BUSY_RESTORE');
    expect((error as AppError).toShape('vi').message).toContain(`tiến trình ${holder.pid}`);

    const run = await cli(['settings', 'get', 'office.name', '--data-dir', dir]);
    await exited;
    expect(run.code).toBe(0);
    expect(run.stderr).toEqual([`uniondesk: Đang đợi chương trình UnionDesk khác (tiến trình ${holder.pid}) khôi phục hoặc nâng cấp cơ sở dữ liệu xong…`]);
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
  });

  it('a lock left by a process that died does not block anyone', async () => {
    const dir = temp.dir();
    expect((await cli(['init', '--data-dir', dir])).code).toBe(0);
    const { exited } = lockHeldByAnotherProcess(dir, 'migrate', 10);
    await exited;
    expect(() => temp.open({ dataDir: dir }).close()).not.toThrow();
  });

  it('a restore leaves another open backend a valid connection that sees the restored data', async () => {
    const dir = temp.dir();
    const app = temp.open({ dataDir: dir });
    expect((await app.invoke('settings:update', { 'office.name': 'Tên cũ' })).ok).toBe(true);
    const backup = path.join(temp.dir(), 'sao-luu.db');
    app.backup(backup);
    expect((await app.invoke('settings:update', { 'office.name': 'Tên mới' })).ok).toBe(true);

    expect((await cli(['restore', backup, '--data-dir', dir])).code).toBe(0);
    expect(await app.invoke('settings:get', {})).toMatchObject({ ok: true, value: { 'office.name': 'Tên cũ' } });
    expect((await app.invoke('settings:update', { 'office.name': 'Sau khôi phục' })).ok).toBe(true);
    expect((await cli(['settings', 'get', 'office.name', '--data-dir', dir])).stdout).toEqual(['Sau khôi phục']);
  });
});
