import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendSources } from '../../../electron/backend/files/targets';
import { call, callError, count, fingerprint, readDb, useTempDirs, withDb } from '../../fixtures/backend';
import { badBackups } from '../../fixtures/badBackups';

const temp = useTempDirs();
const ACTIVE = "SELECT count(*) FROM members WHERE status = 'active'";
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/;

/** An office with demo data, a backup of it on a "USB stick" outside the data folder; then the live data changes. */
async function officeWithUsbBackup() {
  const dataDir = temp.dir();
  const usb = temp.dir('usb-');
  const backend = temp.open({ dataDir });
  await call(backend, 'setup:start', { mode: 'demo', unions: 6, members: 120, seed: 3 });
  const written = await call(backend, 'db:backup', { target: path.join(usb, 'sao-luu-thang-12.db') });
  const held = readDb(written.file, (db) => ({
    unions: count(db, "SELECT count(*) FROM organizations WHERE level = 'grassroots' AND dissolved_on IS NULL"),
    members: count(db, ACTIVE),
    decisions: count(db, 'SELECT count(*) FROM award_decisions'),
  }));
  withDb(backend, (db) => db.prepare("UPDATE members SET status = 'left' WHERE id IN (SELECT id FROM members WHERE status = 'active' LIMIT 30)").run());
  return { dataDir, usb, backend, file: written.file, held };
}

const uploadOf = (file: string, fileName = path.basename(file)) => ({
  fileName,
  bytes: fs.readFileSync(file).toString('base64'),
  modifiedAt: '2026-11-30T03:00:00.000Z',
});

describe('restore from a file outside the data folder, by the id of the choice', () => {
  it('a chosen file (the desktop dialog) is previewed from a checked copy, then restored with the current data backed up first', async () => {
    const { dataDir, backend, file, held } = await officeWithUsbBackup();
    const source = backendSources.grant(file);
    const before = fingerprint(backend.dbFile);
    const preview = await call(backend, 'backups:preview', { source });
    expect(preview).toMatchObject({ name: 'sao-luu-thang-12.db', ...held, at: fs.statSync(file).mtime.toISOString() });
    expect(fingerprint(backend.dbFile)).toEqual(before);
    expect(await call(backend, 'backups:preview', { source })).toMatchObject(held);

    const live = withDb(backend, (db) => count(db, ACTIVE));
    const done = await call(backend, 'backups:restore', { source });
    expect(done.restoredFrom).toBe(file);
    expect(path.dirname(done.safetyBackup)).toBe(path.join(dataDir, 'backups'));
    expect(readDb(done.safetyBackup, (db) => count(db, ACTIVE))).toBe(live);
    expect(withDb(backend, (db) => count(db, ACTIVE))).toBe(held.members);
    expect(fs.existsSync(file)).toBe(true);
    expect((await callError(backend, 'backups:restore', { source })).code).toBe('FILE_SOURCE_UNKNOWN');
    expect((await callError(backend, 'backups:preview', { source })).code).toBe('FILE_SOURCE_UNKNOWN');
  });

  it('an uploaded file (the browser preview) gets an id, is dated by the file\'s own time, and is removed once restored', async () => {
    const { backend, file, held } = await officeWithUsbBackup();
    const chosen = await call(backend, 'backups:upload', uploadOf(file, 'E:\\sao lưu\\ban-sao.db'));
    expect(chosen).toEqual({ source: expect.stringMatching(/^file-[A-Za-z0-9_-]{24}$/), name: 'ban-sao.db' });
    const preview = await call(backend, 'backups:preview', { source: chosen.source! });
    expect(preview).toMatchObject({ name: 'ban-sao.db', at: '2026-11-30T03:00:00.000Z', sizeBytes: fs.statSync(file).size, ...held });

    const stored = backendSources.peek(chosen.source!);
    expect(path.dirname(stored)).not.toBe(path.dirname(file));
    await call(backend, 'backups:restore', { source: chosen.source! });
    expect(withDb(backend, (db) => count(db, ACTIVE))).toBe(held.members);
    expect(fs.existsSync(stored)).toBe(false);
  });

  it('a second upload replaces the first, which is removed; closing the backend removes the last', async () => {
    const { backend, file } = await officeWithUsbBackup();
    const first = await call(backend, 'backups:upload', uploadOf(file));
    const firstFile = backendSources.peek(first.source!);
    const second = await call(backend, 'backups:upload', uploadOf(file));
    expect(fs.existsSync(firstFile)).toBe(false);
    expect((await callError(backend, 'backups:preview', { source: first.source })).code).toBe('FILE_NOT_FOUND');
    expect((await call(backend, 'backups:preview', { source: second.source! })).name).toBe(path.basename(file));
    const secondFile = backendSources.peek(second.source!);
    backend.close();
    expect(fs.existsSync(secondFile)).toBe(false);
  });

  for (const entry of badBackups) {
    it(`refuses ${entry.name} by id, uploaded or chosen, in Vietnamese; the live database is byte-for-byte as it was`, async () => {
      const { dataDir, usb, backend, file } = await officeWithUsbBackup();
      const bad = entry.build(file, usb);
      const before = fingerprint(backend.dbFile);
      const backupsBefore = fs.readdirSync(path.join(dataDir, 'backups')).sort();
      const uploaded = await call(backend, 'backups:upload', uploadOf(bad));
      for (const source of [backendSources.grant(bad), uploaded.source!]) {
        const previewRefused = await callError(backend, 'backups:preview', { source });
        const restoreRefused = await callError(backend, 'backups:restore', { source });
        expect(restoreRefused.code).toBe(previewRefused.code);
        expect(restoreRefused.message).toMatch(entry.message);
        expect(restoreRefused.message).toMatch(VIETNAMESE);
        // A message that names a file names it as the user knows it: never the stored copy's path.
        if (restoreRefused.message.includes('"')) expect(restoreRefused.message).toContain(`"${path.basename(bad)}"`);
        expect(restoreRefused.message).not.toMatch(/uniondesk-restore-|usb-/);
      }
      expect(fingerprint(backend.dbFile)).toEqual(before);
      expect(fs.readdirSync(path.join(dataDir, 'backups')).sort()).toEqual(backupsBefore);
    });
  }

  it('never restores from the live database, its WAL or shared memory, even through a link; an unknown id is refused', async () => {
    const { backend, usb } = await officeWithUsbBackup();
    const link = path.join(usb, 'trong-nhu-sao-luu.db');
    fs.symlinkSync(backend.dbFile, link);
    const before = fingerprint(backend.dbFile);
    for (const file of [backend.dbFile, `${backend.dbFile}-wal`, `${backend.dbFile}-shm`, link]) {
      const source = backendSources.grant(file);
      const refused = await callError(backend, 'backups:restore', { source });
      expect(refused.code, file).toBe('FILE_SOURCE_LIVE');
      expect(refused.message).toMatch(/đang dùng của UnionDesk, không phải bản sao lưu/);
    }
    expect((await callError(backend, 'backups:preview', { source: 'file-AAAAAAAAAAAAAAAAAAAAAAAA' })).code).toBe('FILE_SOURCE_UNKNOWN');
    expect((await callError(backend, 'backups:preview', { source: '/etc/passwd' })).code).toBe('VALIDATION');
    expect(fingerprint(backend.dbFile)).toEqual(before);
  });
});
