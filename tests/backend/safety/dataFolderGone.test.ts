import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toErrorShape } from '../../../electron/backend/core/appError';
import { call, useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();

describe('the data folder deleted or unplugged while the app runs', () => {
  it('a save after the folder is deleted answers "Không tìm thấy thư mục dữ liệu …", never success', async () => {
    const dir = path.join(temp.dir(), 'UnionDesk');
    const backend = temp.open({ dataDir: dir });
    await call(backend, 'settings:update', { 'office.name': 'LĐLĐ quận Ba Đình' });
    fs.rmSync(dir, { recursive: true, force: true });

    const saved = await backend.invoke('settings:update', { 'office.name': 'Tên mới' });
    expect(saved.ok).toBe(false);
    if (saved.ok) return;
    expect(saved.error.code).toBe('DATA_DIR_GONE');
    expect(saved.error.message).toContain(`Không tìm thấy thư mục dữ liệu "${dir}"`);
    expect(saved.error.message).toContain('KHÔNG được lưu');
    // Reads are refused as well: what is shown would come from a file that no longer exists.
    expect(await backend.invoke('settings:get', {})).toMatchObject({ ok: false, error: { code: 'DATA_DIR_GONE' } });
  });

  it('a folder put back empty (another database file) is not written either', async () => {
    const dir = path.join(temp.dir(), 'UnionDesk');
    const backend = temp.open({ dataDir: dir });
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'uniondesk.db'), '');
    expect(await backend.invoke('settings:update', { 'office.name': 'X' })).toMatchObject({ ok: false, error: { code: 'DATA_DIR_GONE' } });
    expect(fs.statSync(path.join(dir, 'uniondesk.db')).size).toBe(0);
  });

  it('a write already asked for when the folder vanishes is answered as lost, not confirmed', async () => {
    const dir = path.join(temp.dir(), 'UnionDesk');
    const backend = temp.open({ dataDir: dir });
    const members = call(backend, 'setup:start', { mode: 'demo', unions: 2, members: 10, year: 2025, seed: 1 });
    fs.rmSync(dir, { recursive: true, force: true });
    await expect(members).rejects.toThrow(/DATA_DIR_GONE/);
  });

  it('SQLite\'s "unable to open database file" names the folder we know instead of an empty path', () => {
    const sqlite = Object.assign(new Error('unable to open database file'), { code: 'SQLITE_CANTOPEN' });
    const shape = toErrorShape(sqlite, 'vi', { path: '/media/usb/UnionDesk' });
    expect(shape.code).toBe('PATH_MISSING');
    expect(shape.message).toContain('/media/usb/UnionDesk');
    expect(shape.message).not.toMatch(/tệp\s+:/);
  });
});
