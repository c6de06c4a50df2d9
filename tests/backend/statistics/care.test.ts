import { describe, expect, it } from 'vitest';
import { call, callError, readDb, useTempDirs } from '../../fixtures/backend';
import { ACTOR, setUpOffice, union } from './office';

const temp = useTempDirs();

describe('care activities (chăm lo)', () => {
  it('records, edits and deletes an activity, with audit rows, and refuses bad input by name', async () => {
    const backend = temp.open({ dataDir: temp.dir(), actor: ACTOR });
    await setUpOffice(backend);
    const a = await union(backend, { name: 'CĐCS Trường Mầm non A', foundedOn: '2010-01-01' });
    const draft = { year: 2025, kind: 'shelter' as const, name: 'Trao Mái ấm Công đoàn', heldOn: '2025-06-01', organizationId: a, people: 1, amount: 50_000_000, note: '' };
    const saved = await call(backend, 'care:save', { draft });
    expect(saved).toMatchObject({ ...draft, organizationName: 'CĐCS Trường Mầm non A' });
    // Tết of 2025 may be held in December 2024.
    await call(backend, 'care:save', { draft: { ...draft, kind: 'tet', name: 'Tết Sum vầy 2025', heldOn: '2024-12-28', organizationId: null, people: 120, amount: 60_000_000 } });
    await call(backend, 'care:save', { id: saved.id, draft: { ...draft, people: 2, amount: 100_000_000 } });
    expect((await call(backend, 'care:list', { year: 2025 })).map((c) => [c.name, c.people, c.amount])).toEqual([
      ['Tết Sum vầy 2025', 120, 60_000_000],
      ['Trao Mái ấm Công đoàn', 2, 100_000_000],
    ]);
    const late = await callError(backend, 'care:save', { draft: { ...draft, heldOn: '2026-01-05' } });
    expect(late.code).toBe('CARE_DATE_OUTSIDE_YEAR');
    expect(late.message).toContain('05/01/2026');
    expect((await callError(backend, 'care:save', { draft: { ...draft, people: -1 } })).code).toBe('VALIDATION');
    expect((await callError(backend, 'care:save', { draft: { ...draft, heldOn: '2025-02-30' } })).code).toBe('VALIDATION');
    await call(backend, 'care:delete', { id: saved.id });
    expect((await call(backend, 'care:list', { year: 2025 })).map((c) => c.name)).toEqual(['Tết Sum vầy 2025']);
    const actions = readDb(backend.dbFile, (db) => db.prepare("SELECT action FROM audit_log WHERE entity = 'care_activities' AND entity_id = ? ORDER BY id").pluck().all(String(saved.id)));
    expect(actions).toEqual(['create', 'update', 'delete']);
  });
});
