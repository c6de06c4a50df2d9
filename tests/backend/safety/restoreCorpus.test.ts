import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, expectOneLineFailure } from '../../fixtures/cli';
import { fingerprint, useTempDirs } from '../../fixtures/backend';
import { badBackups as corpus, editDatabase as edit } from '../../fixtures/badBackups';

const temp = useTempDirs();

/** A data folder with a named office, and a good backup of it to spoil. */
async function officeWithBackup(): Promise<{ dir: string; dbFile: string; backup: string }> {
  const dir = temp.dir();
  await cli(['settings', 'set', 'office.name', 'Công đoàn phường Giữ Nguyên', '--data-dir', dir]);
  const backup = path.join(temp.dir(), 'sao-luu.db');
  expect((await cli(['backup', '--out', backup, '--data-dir', dir])).code).toBe(0);
  return { dir, dbFile: path.join(dir, 'uniondesk.db'), backup };
}

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
