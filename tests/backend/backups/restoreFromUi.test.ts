import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, callError, count, fingerprint, readDb, useTempDirs, withDb } from '../../fixtures/backend';

const temp = useTempDirs();

/** An office with demo data and a backup of it in backups/; then the live data changes. */
async function officeWithBackup() {
  const dataDir = temp.dir();
  const backend = temp.open({ dataDir });
  await call(backend, 'setup:start', { mode: 'demo', unions: 6, members: 120, seed: 3 });
  const written = await call(backend, 'db:backup', {});
  const expected = readDb(written.file, (db) => ({
    unions: count(db, "SELECT count(*) FROM organizations WHERE level = 'grassroots' AND dissolved_on IS NULL"),
    members: count(db, "SELECT count(*) FROM members WHERE status = 'active'"),
    decisions: count(db, 'SELECT count(*) FROM award_decisions'),
  }));
  withDb(backend, (db) => db.prepare("UPDATE members SET status = 'left' WHERE id IN (SELECT id FROM members WHERE status = 'active' LIMIT 30)").run());
  return { dataDir, backend, name: path.basename(written.file), expected };
}

describe('restore from the UI, with a preview first', () => {
  it('lists the backups and previews one with counts read from the copy, changing nothing', async () => {
    const { backend, name, expected } = await officeWithBackup();
    expect(expected.members).toBeGreaterThan(30);
    expect(expected.unions).toBeGreaterThan(0);
    const listed = await call(backend, 'backups:list', {});
    expect(listed.map((backup) => backup.name)).toContain(name);

    const before = fingerprint(backend.dbFile);
    const preview = await call(backend, 'backups:preview', { name });
    expect(preview).toMatchObject({ name, ...expected });
    expect(preview.at).toBe(listed.find((backup) => backup.name === name)!.at);
    expect(fingerprint(backend.dbFile)).toEqual(before);
  });

  it('"Khôi phục" backs up the current data first, then brings the backup back', async () => {
    const { dataDir, backend, name, expected } = await officeWithBackup();
    const liveMembers = withDb(backend, (db) => count(db, "SELECT count(*) FROM members WHERE status = 'active'"));
    expect(liveMembers).toBe(expected.members - 30);

    const done = await call(backend, 'backups:restore', { name });
    expect(path.dirname(done.safetyBackup)).toBe(path.join(dataDir, 'backups'));
    expect(readDb(done.safetyBackup, (db) => count(db, "SELECT count(*) FROM members WHERE status = 'active'"))).toBe(liveMembers);
    expect(withDb(backend, (db) => count(db, "SELECT count(*) FROM members WHERE status = 'active'"))).toBe(expected.members);
    expect((await call(backend, 'backups:list', {})).map((backup) => backup.name)).toContain(path.basename(done.safetyBackup));
  });

  it('a refused backup says why in Vietnamese and leaves the live database byte for byte', async () => {
    const { dataDir, backend } = await officeWithBackup();
    fs.writeFileSync(path.join(dataDir, 'backups', 'hong.db'), '');
    fs.writeFileSync(path.join(dataDir, 'backups', 'la.db'), 'SQLite format 3\0 không phải cơ sở dữ liệu');
    const before = fingerprint(backend.dbFile);
    const backupsBefore = fs.readdirSync(path.join(dataDir, 'backups')).sort();

    for (const name of ['hong.db', 'la.db']) {
      const previewRefused = await callError(backend, 'backups:preview', { name });
      const restoreRefused = await callError(backend, 'backups:restore', { name });
      expect(restoreRefused.code).toBe(previewRefused.code);
      expect(restoreRefused.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
      expect(restoreRefused.message).toContain(name);
    }
    expect((await callError(backend, 'backups:restore', { name: 'hong.db' })).code).toBe('RESTORE_EMPTY_FILE');
    expect(fingerprint(backend.dbFile)).toEqual(before);
    expect(fs.readdirSync(path.join(dataDir, 'backups')).sort()).toEqual(backupsBefore);
  });

  it('restores only a copy in backups/: another name is not found, a path is refused at the door', async () => {
    const { backend } = await officeWithBackup();
    expect((await callError(backend, 'backups:restore', { name: 'khong-co.db' })).code).toBe('FILE_NOT_FOUND');
    for (const name of ['../uniondesk.db', '/etc/passwd.db', 'auto/../../uniondesk.db']) {
      expect((await callError(backend, 'backups:preview', { name })).code).toBe('VALIDATION');
    }
  });
});
