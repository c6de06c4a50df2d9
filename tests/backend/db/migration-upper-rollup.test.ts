import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, useTempDirs } from '../../fixtures/backend';
import { migratedDatabase } from './migratedDatabase';

const temp = useTempDirs();

// Found by file name: migrations are renumbered when branches merge.
describe('migration NNNN-upper-rollup (lower offices, deadlines, received packages)', () => {
  it('keeps unique office codes and revisions, valid deadlines and statuses; packages go with their office', () => {
    expect(fs.readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{4}-upper-rollup\.sql$/.test(f))).toHaveLength(1);
    const db = migratedDatabase(temp);
    db.pragma('foreign_keys = ON');
    const office = db.prepare("INSERT INTO lower_offices (code, name, created_at) VALUES (?, ?, 'now')");
    office.run('cdp-a', 'A');
    expect(() => office.run('cdp-a', 'A2')).toThrow(/UNIQUE/);
    expect(() => office.run('cdp-b', ' ')).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO lower_office_deadlines (office_id, year, due_on) VALUES (1, 2025, '15/12/2025')").run()).toThrow(/CHECK/);
    const pkg = db.prepare(
      "INSERT INTO received_packages (office_id, package_id, year, revision, cutoff_on, manifest_sha256, manifest, file_name, received_at, status) VALUES (1, 'p', 2025, ?, '2025-11-30', 'h', '{}', 'f', 'now', ?)",
    );
    pkg.run(1, 'submitted');
    expect(() => pkg.run(1, 'submitted')).toThrow(/UNIQUE/);
    expect(() => pkg.run(2, 'lost')).toThrow(/CHECK/);
    db.prepare("INSERT INTO received_figures (package_id, code, position, section, label, unit, value, last_year, source) VALUES (1, 'members.total', 0, 'members', 'x', 'x', 5, 4, 'data')").run();
    db.prepare("INSERT INTO received_unions (package_id, code, name, members, women) VALUES (1, 'CS01', 'x', 5, 2)").run();
    db.prepare('DELETE FROM lower_offices WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM received_packages').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM received_figures').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM received_unions').pluck().get()).toBe(0);
  });
});
