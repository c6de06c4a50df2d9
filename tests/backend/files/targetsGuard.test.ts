import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendTargets, FileTargets, TARGET_TTL_MS } from '../../../electron/backend/files/targets';
import { callError, fingerprint, useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();

describe('exports write only where the user chose, never over the database', () => {
  it('refuses an export asked with a path (to uniondesk.db): the database is byte-for-byte unchanged', async () => {
    const dir = temp.dir();
    const backend = temp.open({ dataDir: dir });
    const before = fingerprint(backend.dbFile);
    for (const channel of ['export:members', 'reports:export', 'diagnostics:save'] as const) {
      const input = channel === 'export:members' ? { filter: {} } : channel === 'reports:export' ? { year: 2025, format: 'xlsx' } : {};
      const result = await backend.invoke(channel, { ...input, target: backend.dbFile });
      expect(result.ok, channel).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('VALIDATION');
    }
    expect(fingerprint(backend.dbFile)).toEqual(before);
  });

  it('refuses an id that points at the database, its WAL or the backups folder, even granted by a host', async () => {
    const dir = temp.dir();
    const backend = temp.open({ dataDir: dir });
    const before = fingerprint(backend.dbFile);
    const linked = path.join(temp.dir(), 'link.xlsx');
    fs.symlinkSync(backend.dbFile, linked);
    for (const file of [backend.dbFile, `${backend.dbFile}-wal`, path.join(dir, 'backups', 'x.xlsx'), path.join(dir, 'exports', '..', 'uniondesk.db'), linked]) {
      const error = await backend.invoke('export:members', { filter: {}, target: backendTargets.grant(file) });
      expect(error, file).toMatchObject({ ok: false, error: { code: 'FILE_TARGET_PROTECTED' } });
    }
    expect(fingerprint(backend.dbFile)).toEqual(before);
    expect(fs.existsSync(path.join(dir, 'backups', 'x.xlsx'))).toBe(false);
  });

  it('refuses an unknown id and an expired one, with a message in the user language', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const unknown = await callError(backend, 'export:members', { filter: {}, target: 'file-AAAAAAAAAAAAAAAAAAAAAAAA' });
    expect(unknown.code).toBe('FILE_TARGET_UNKNOWN');
    expect(unknown.message).toContain('hết hạn');

    const clock = { now: 0 };
    const targets = new FileTargets(() => clock.now);
    const id = targets.grant('/tmp/a.xlsx');
    clock.now = TARGET_TTL_MS - 1;
    expect(targets.peek(id)).toBe('/tmp/a.xlsx');
    clock.now = TARGET_TTL_MS;
    expect(() => targets.take(id)).toThrow(expect.objectContaining({ code: 'FILE_TARGET_UNKNOWN' }));
  });

  it('the CLI names the file by its path and the export lands there', async () => {
    const dir = temp.dir();
    const backend = temp.open({ dataDir: dir });
    const out = path.join(temp.dir(), 'ds.xlsx');
    const id = backendTargets.grant(out);
    const result = await backend.invoke('export:members', { filter: {}, target: id });
    expect(result).toMatchObject({ ok: true, value: { file: out } });
    expect(fs.existsSync(out)).toBe(true);
  });
});
