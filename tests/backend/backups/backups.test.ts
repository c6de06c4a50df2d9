import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { automaticCopies, automaticDir, keptByRotation, runDailyBackup } from '../../../electron/backend/backups/rotation';
import { backendTargets } from '../../../electron/backend/files/targets';
import { cli } from '../../fixtures/cli';
import { call, callError, fingerprint, useTempDirs, withDb } from '../../fixtures/backend';

const temp = useTempDirs();
const DAY = 86_400_000;

describe('backups that leave the PC', () => {
  it('"Sao lưu" to the file the user chose on a USB stick is remembered; the reminder comes after a week without one', async () => {
    const dataDir = temp.dir();
    const usb = temp.dir('usb-');
    const clock = { now: new Date('2026-12-01T09:00:00Z') };
    const backend = temp.open({ dataDir, now: () => clock.now });
    expect(await call(backend, 'backups:status', {})).toMatchObject({ lastOutsideAt: null, remind: true });

    const inside = await call(backend, 'db:backup', {});
    expect(inside.outside).toBe(false);
    expect(path.dirname(inside.file)).toBe(path.join(dataDir, 'backups'));
    expect((await call(backend, 'backups:status', {})).remind).toBe(true);

    const chosen = path.join(usb, 'uniondesk-2026-12-01.db');
    const written = await call(backend, 'db:backup', { target: backendTargets.grant(chosen) });
    expect(written).toMatchObject({ file: chosen, outside: true });
    expect(fs.statSync(chosen).size).toBeGreaterThan(0);
    expect(await call(backend, 'backups:status', {})).toMatchObject({ lastOutsideAt: '2026-12-01T09:00:00.000Z', lastOutsideFile: chosen, remind: false });

    clock.now = new Date(clock.now.getTime() + 7 * DAY);
    expect((await call(backend, 'backups:status', {})).remind).toBe(false);
    clock.now = new Date(clock.now.getTime() + 1000);
    expect((await call(backend, 'backups:status', {})).remind).toBe(true);
  });

  it('never backs up over the live database', async () => {
    const dataDir = temp.dir();
    const backend = temp.open({ dataDir });
    const before = fingerprint(backend.dbFile);
    const refused = await callError(backend, 'db:backup', { target: backendTargets.grant(backend.dbFile) });
    expect(refused.code).toBe('FILE_TARGET_PROTECTED');
    expect(() => backend.backup(backend.dbFile)).toThrow(expect.objectContaining({ code: 'FILE_TARGET_PROTECTED' }));
    expect(fingerprint(backend.dbFile)).toEqual(before);
  });

  it('two backups in the same second get two names, both complete', async () => {
    const dataDir = temp.dir();
    const backend = temp.open({ dataDir });
    const [a, b] = await Promise.all([call(backend, 'db:backup', {}), call(backend, 'db:backup', {})]);
    expect(a!.file).not.toBe(b!.file);
    expect(path.basename(b!.file)).toBe(path.basename(a!.file).replace('.db', '-2.db'));
    for (const file of [a!.file, b!.file]) expect(fs.statSync(file).size).toBeGreaterThan(0);
  });

  it('uniondesk backup --out DIR writes a new copy in the folder, twice in one second without a collision', async () => {
    const dataDir = temp.dir();
    const usb = temp.dir('usb-');
    await cli(['init', '--data-dir', dataDir]);
    const first = await cli(['backup', '--out', usb, '--data-dir', dataDir, '--json']);
    const second = await cli(['backup', '--out', usb, '--data-dir', dataDir, '--json']);
    expect([first.code, second.code]).toEqual([0, 0]);
    const files = fs.readdirSync(usb).filter((name) => name.endsWith('.db'));
    expect(files).toHaveLength(2);
    expect(first.json()).toMatchObject({ outside: true });
    expect(await cli(['backup', '--out', path.join(dataDir, 'uniondesk.db'), '--data-dir', dataDir])).toMatchObject({ code: 1 });
  });
});

describe('automatic daily backups kept by a rotation (7 daily, 4 weekly, 12 monthly)', () => {
  it('one copy a day for 400 days keeps the newest 7 days, 4 weeks and 12 months, nothing else', async () => {
    const dataDir = temp.dir();
    const backend = temp.open({ dataDir });
    const start = new Date('2025-11-03T02:00:00Z').getTime();
    // 400 real copies of the database take 40 s on a loaded CI machine; the rotation is what is under
    // test, so the first 399 days write a stand-in file and the last day makes a real backup.
    const standIn = (_db: unknown, file: string) => {
      fs.writeFileSync(file, 'copy');
      return file;
    };
    withDb(backend, (db) => {
      for (let day = 0; day < 400; day++) {
        const now = new Date(start + day * DAY);
        const made = day < 399 ? runDailyBackup(db, dataDir, now, standIn) : runDailyBackup(db, dataDir, now);
        expect(made).not.toBeNull();
        // Later the same day: today's copy exists, none is made.
        expect(runDailyBackup(db, dataDir, new Date(now.getTime() + 3 * 3_600_000))).toBeNull();
      }
    });
    const kept = automaticCopies(dataDir).map((c) => c.at.toISOString().slice(0, 10));
    const last = new Date(start + 399 * DAY);
    const daysBack = (n: number) => new Date(last.getTime() - n * DAY).toISOString().slice(0, 10);
    // The 7 newest days.
    for (let n = 0; n < 7; n++) expect(kept).toContain(daysBack(n));
    // Distinct months kept: the 12 newest.
    expect(new Set(kept.map((d) => d.slice(0, 7))).size).toBe(12);
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(kept.at(-1)! > '2025-11-30').toBe(true);
    expect(fs.readdirSync(automaticDir(dataDir)).filter((n) => n.endsWith('.db'))).toHaveLength(kept.length);
    expect(fs.statSync(automaticCopies(dataDir)[0]!.file).size).toBeGreaterThan(4096);
  });

  it('keeps the newest copy of each week and month, not the oldest', () => {
    const copies = ['2026-01-05', '2026-01-06', '2026-01-11', '2026-01-12'].map((d) => ({ file: d, at: new Date(`${d}T10:00:00Z`) }));
    const kept = keptByRotation(copies);
    expect(kept).toEqual(new Set(copies.map((c) => c.file)));
    const many = Array.from({ length: 30 }, (_, i) => ({ file: `d${i}`, at: new Date(Date.UTC(2026, 0, 1 + i, 10)) }));
    const fromMany = keptByRotation(many);
    expect(fromMany.has('d29')).toBe(true);
    expect(fromMany.has('d0')).toBe(false);
    expect(fromMany.size).toBe(7 + 2);
  });

  it('the desktop backend makes the day\'s copy when it opens, once', () => {
    const dataDir = temp.dir();
    temp.open({ dataDir, dailyBackup: true }).close();
    temp.open({ dataDir, dailyBackup: true }).close();
    expect(automaticCopies(dataDir)).toHaveLength(1);
  });
});
