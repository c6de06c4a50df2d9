import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import type { ProgressEvent } from '../../shared/ipc/events';
import type { Result } from '../../shared/ipc/result';
import { call, callError, count, readDb, useTempDirs } from '../fixtures/backend';

const temp = useTempDirs();

const grassroots = (backend: Backend) =>
  readDb(backend.dbFile, (db) =>
    db
      .prepare(
        `SELECT o.id, o.code, o.name, o.short_name, o.sector, o.founded_on, o.dissolved_on, o.workers_total,
                o.workers_female, o.chair_name, o.address
           FROM organizations o JOIN organizations office ON office.id = o.parent_id AND office.is_own_office = 1
          WHERE o.level = 'grassroots' ORDER BY o.code`,
      )
      .all(),
  ) as { id: number; code: string; name: string; dissolved_on: string | null; founded_on: string }[];

describe('setup:start demo', () => {
  it('creates 50 grassroots unions under the own office, each with one management row', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const settings = await call(backend, 'setup:start', { mode: 'demo', unions: 50, year: 2025, seed: 3 });
    expect(settings['office.name']).toBe('Công đoàn phường Chương Mỹ');
    expect(settings['office.workingYear']).toBe(2025);

    const unions = grassroots(backend);
    expect(unions).toHaveLength(50);
    expect(new Set(unions.map((u) => u.code)).size).toBe(50);

    readDb(backend.dbFile, (db) => {
      const officeId = db.prepare('SELECT id FROM organizations WHERE is_own_office = 1').pluck().get() as number;
      const management = db.prepare('SELECT manager_id, valid_from, valid_to FROM organization_management WHERE organization_id = ?');
      for (const union of unions) {
        const rows = management.all(union.id) as { manager_id: number; valid_from: string; valid_to: string | null }[];
        expect(rows).toHaveLength(1);
        // Managed by our office since founding; the row is open while the union exists.
        expect(rows[0]).toEqual({ manager_id: officeId, valid_from: union.founded_on, valid_to: union.dissolved_on });
      }
      const active = unions.filter((u) => u.dissolved_on === null).length;
      expect(active).toBeGreaterThan(40);
      expect(count(db, 'SELECT count(*) FROM organization_management WHERE valid_to IS NULL AND manager_id = ?', officeId)).toBe(active);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    });

    const summary = await call(backend, 'organizations:summary', {});
    expect(summary.grassrootsTotal).toBe(50);
    expect((await call(backend, 'app:info', {})).setupDone).toBe(true);
  });

  it('refuses a second setup:start with SETUP_ALREADY_DONE and leaves the data alone', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await call(backend, 'setup:start', { mode: 'demo', unions: 20, year: 2025 });
    const demoError = await callError(backend, 'setup:start', { mode: 'demo', unions: 30, year: 2025 });
    expect(demoError.code).toBe('SETUP_ALREADY_DONE');
    expect(demoError.message).toContain('đã được khởi tạo');
    expect((await callError(backend, 'setup:start', { mode: 'empty', officeName: 'Khác' })).code).toBe('SETUP_ALREADY_DONE');
    expect(grassroots(backend)).toHaveLength(20);
    expect((await call(backend, 'settings:get', {}))['office.name']).toBe('Công đoàn phường Chương Mỹ');
  });

  it('reports progress with increasing counts, ending at the total', async () => {
    const events: ProgressEvent[] = [];
    const backend = temp.open({ dataDir: temp.dir(), onEvent: (_name, payload) => events.push(payload) });
    await call(backend, 'setup:start', { mode: 'demo', unions: 2000, year: 2025, jobId: 'progress-1' });
    const mine = events.filter((event) => event.jobId === 'progress-1');
    const unions = mine.filter((event) => event.phase === 'seed.unions');
    expect(unions.length).toBeGreaterThanOrEqual(2);
    expect(unions.every((event) => event.total === 2000)).toBe(true);
    expect(unions.at(-1)?.done).toBe(2000);
    // Within each phase, the count only goes up and ends at the phase's total.
    for (const phase of new Set(mine.map((event) => event.phase))) {
      const ofPhase = mine.filter((event) => event.phase === phase);
      const done = ofPhase.map((event) => event.done);
      for (let i = 1; i < done.length; i++) expect(done[i], phase).toBeGreaterThan(done[i - 1] ?? 0);
      expect(done.at(-1), phase).toBe(ofPhase.at(-1)?.total);
      expect(ofPhase.every((event) => event.done <= event.total)).toBe(true);
    }
  });

  it('is cancelled by jobs:cancel mid-way: CANCELLED, nothing written, setup not done', async () => {
    const jobId = 'cancel-me-1';
    let cancelled: Promise<Result<unknown>> | undefined;
    const seen: ProgressEvent[] = [];
    const backend: Backend = temp.open({
      dataDir: temp.dir(),
      onEvent: (_name, payload) => {
        seen.push(payload);
        if (payload.jobId === jobId && !cancelled) cancelled = backend.invoke('jobs:cancel', { jobId });
      },
    });
    const error = await callError(backend, 'setup:start', { mode: 'demo', unions: 5000, year: 2025, jobId });
    expect(error.code).toBe('CANCELLED');
    expect(error.message).toBe('Đã hủy thao tác.');
    expect(await cancelled).toEqual({ ok: true, value: { cancelled: true } });
    expect(seen.at(-1)?.done).toBeLessThan(5000);

    readDb(backend.dbFile, (db) => {
      expect(count(db, 'SELECT count(*) FROM organizations')).toBe(0);
      expect(count(db, 'SELECT count(*) FROM organization_management')).toBe(0);
      expect(count(db, 'SELECT count(*) FROM settings')).toBe(0);
      expect(count(db, 'SELECT count(*) FROM audit_log')).toBe(0);
    });
    expect((await call(backend, 'app:info', {})).setupDone).toBe(false);

    // The job is gone; cancelling it again says so. Setup can then run to the end.
    expect(await call(backend, 'jobs:cancel', { jobId })).toEqual({ cancelled: false });
    await call(backend, 'setup:start', { mode: 'demo', unions: 10, year: 2025 });
    expect(grassroots(backend)).toHaveLength(10);
  });

  it('gives identical unions for the same seed in two separate data folders, different ones for another seed', async () => {
    const make = async (seed: number) => {
      const backend = temp.open({ dataDir: temp.dir() });
      await call(backend, 'setup:start', { mode: 'demo', unions: 40, year: 2025, seed });
      return grassroots(backend).map(({ id: _id, ...rest }) => rest);
    };
    const first = await make(7);
    const second = await make(7);
    expect(second).toEqual(first);
    expect(first.map((u) => u.code)).toHaveLength(40);
    const other = await make(8);
    expect(other.map((u) => u.name)).not.toEqual(first.map((u) => u.name));
  });
});

describe('setup:start empty', () => {
  it('names the office, sets the working year and marks setup done, with no unions', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const settings = await call(backend, 'setup:start', { mode: 'empty', officeName: ' Công đoàn xã Phú Nghĩa ', year: 2026 });
    expect(settings['office.name']).toBe('Công đoàn xã Phú Nghĩa');
    expect(settings['office.workingYear']).toBe(2026);
    expect(grassroots(backend)).toEqual([]);
    expect((await call(backend, 'app:info', {})).setupDone).toBe(true);
    expect((await callError(backend, 'setup:start', { mode: 'empty' })).code).toBe('SETUP_ALREADY_DONE');
  });
});
