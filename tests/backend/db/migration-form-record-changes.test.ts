import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../fixtures/backend';
import { migratedDatabase } from './migratedDatabase';

const temp = useTempDirs();

describe('migration form-record-changes', () => {
  it('keeps one change per return and figure, a value before that may be unknown, and goes with its return', () => {
    const db = migratedDatabase(temp);
    db.prepare("INSERT INTO organizations (name, name_fold, level, created_at, updated_at) VALUES ('CĐCS A', 'cdcs a', 'grassroots', 'x', 'x')").run();
    const org = db.prepare('SELECT max(id) FROM organizations').pluck().get() as number;
    const form = db.prepare("INSERT INTO form_returns (organization_id, period, source, catalogue, received_at) VALUES (?, '2026-11-30', 'file', '1', '2026-12-01')").run(org).lastInsertRowid;
    const insert = db.prepare('INSERT INTO form_record_changes (return_id, code, before, after) VALUES (?, ?, ?, ?)');
    insert.run(form, 'workers.total', 120, 135);
    insert.run(form, 'workers.female', null, 40);
    expect(() => insert.run(form, 'workers.total', 135, 140)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run(form, 'labour.housed', 1, -1)).toThrow(/CHECK/);
    db.prepare('DELETE FROM form_returns WHERE id = ?').run(form);
    expect(db.prepare('SELECT count(*) FROM form_record_changes').pluck().get()).toBe(0);
  });
});
