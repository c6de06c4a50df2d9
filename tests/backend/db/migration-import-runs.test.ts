import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, useTempDirs } from '../../fixtures/backend';
import { migratedDatabase } from './migratedDatabase';

const temp = useTempDirs();

// Found by file name: migrations are renumbered when branches merge.
describe('migration NNNN-import-runs (imports that can be undone)', () => {
  it('exists once; a row change is an insert range or a before-image, never both', () => {
    expect(fs.readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{4}-import-runs\.sql$/.test(f))).toHaveLength(1);
    const db = migratedDatabase(temp);
    db.pragma('foreign_keys = ON');
    db.prepare("INSERT INTO import_runs (id, at, actor, kind, file, imported, updated, audit_id, fingerprint) VALUES (1, 'now', 'user', 'members', 'a.xlsx', 2, 0, 1, 'f')").run();
    const row = db.prepare('INSERT INTO import_run_rows (run_id, seq, tbl, op, row_from, row_to, before) VALUES (?, ?, ?, ?, ?, ?, ?)');
    row.run(1, 1, 'members', 'insert', 5, 6, null);
    row.run(1, 2, 'members', 'update', 3, 3, '{}');
    expect(() => row.run(1, 3, 'members', 'insert', 5, 6, '{}')).toThrow(/CHECK/);
    expect(() => row.run(1, 4, 'members', 'update', 3, 3, null)).toThrow(/CHECK/);
    expect(() => row.run(1, 5, 'members', 'insert', 6, 5, null)).toThrow(/CHECK/);
    expect(() => row.run(2, 1, 'members', 'insert', 1, 1, null)).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM import_runs WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM import_run_rows').pluck().get()).toBe(0);
  });
});
