import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();

// Found by file name: migrations are renumbered when branches merge.
describe('migration NNNN-report-figures-from (own data or the roll-up of lower offices)', () => {
  it('gives existing and new reports their own data, and takes only own or rollup', () => {
    expect(fs.readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{4}-report-figures-from\.sql$/.test(f))).toHaveLength(1);
    const dir = temp.dir();
    temp.open({ dataDir: dir }).close();
    const db = new Database(path.join(dir, 'uniondesk.db'));
    try {
      db.prepare("INSERT INTO reports (year, title, created_at, updated_at) VALUES (2025, 'Báo cáo', 'now', 'now')").run();
      expect(db.prepare('SELECT figures_from FROM reports').pluck().get()).toBe('own');
      db.prepare("UPDATE reports SET figures_from = 'rollup'").run();
      expect(() => db.prepare("UPDATE reports SET figures_from = 'both'").run()).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});
