import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../fixtures/backend';
import { migratedDatabase } from './migratedDatabase';

const temp = useTempDirs();

describe('migration 0009 (reports)', () => {
  it('keeps one report per year, unique section keys and version numbers, a section level of 1 or 2', () => {
    const db = migratedDatabase(temp);
    const at = '2025-01-01T00:00:00Z';
    db.prepare("INSERT INTO reports (year, title, created_at, updated_at) VALUES (2025, 'BC', ?, ?)").run(at, at);
    expect(() => db.prepare("INSERT INTO reports (year, title, created_at, updated_at) VALUES (2025, 'BC2', ?, ?)").run(at, at)).toThrow(/UNIQUE/);
    const section = db.prepare('INSERT INTO report_sections (report_id, key, position, level, heading, updated_at) VALUES (1, ?, 0, ?, ?, ?)');
    section.run('situation', 1, 'I.', at);
    expect(() => section.run('situation', 2, 'I.', at)).toThrow(/UNIQUE/);
    expect(() => section.run('other', 3, 'x', at)).toThrow(/CHECK/);
    const version = db.prepare("INSERT INTO report_versions (report_id, version, finalized_at, snapshot) VALUES (1, ?, ?, '{}')");
    version.run(1, at);
    expect(() => version.run(1, at)).toThrow(/UNIQUE/);
    db.prepare('DELETE FROM reports WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM report_sections').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM report_versions').pluck().get()).toBe(0);
  });
});
