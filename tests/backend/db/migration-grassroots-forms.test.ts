import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../fixtures/backend';
import { migratedDatabase } from './migratedDatabase';

const temp = useTempDirs();

describe('migration grassroots-forms (Mẫu 1 returns)', () => {
  it('keeps one current return per CĐCS and period, history beside it, values ≥ 0, and five default sectors', () => {
    const db = migratedDatabase(temp);
    db.prepare("INSERT INTO organizations (name, name_fold, level, created_at, updated_at) VALUES ('CĐCS A', 'cdcs a', 'grassroots', 'x', 'x')").run();
    const org = db.prepare('SELECT max(id) FROM organizations').pluck().get() as number;
    const insert = db.prepare("INSERT INTO form_returns (organization_id, period, source, catalogue, received_at, replaced_at) VALUES (?, '2026-11-30', 'file', '1', '2026-12-01', ?)");
    const first = insert.run(org, null).lastInsertRowid;
    expect(() => insert.run(org, null)).toThrow(/UNIQUE/);
    db.prepare("UPDATE form_returns SET replaced_at = '2026-12-02' WHERE id = ?").run(first);
    expect(() => insert.run(org, null)).not.toThrow();
    expect(() => db.prepare("INSERT INTO form_returns (organization_id, period, source, catalogue, received_at) VALUES (?, '30/11/2026', 'file', '1', 'x')").run(org)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO form_values (return_id, code, value) VALUES (?, 'workers.total', -1)").run(first)).toThrow(/CHECK/);
    db.prepare("INSERT INTO form_values (return_id, code, value) VALUES (?, 'workers.total', 0)").run(first);
    db.prepare('DELETE FROM form_returns WHERE id = ?').run(first);
    expect(db.prepare('SELECT count(*) FROM form_values').pluck().get()).toBe(0);
    expect(db.prepare('SELECT code FROM union_sectors ORDER BY position').pluck().all()).toEqual([
      'public_service', 'state_enterprise', 'private_enterprise', 'fdi_enterprise', 'professional_union',
    ]);
  });
});
