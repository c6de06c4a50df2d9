import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, useTempDirs } from '../../fixtures/backend';
import { migratedDatabase } from './migratedDatabase';

const temp = useTempDirs();

// Found by file name: migrations are renumbered when branches merge.
describe('migration NNNN-report-figures-from (own data or the roll-up of lower offices)', () => {
  it('gives existing and new reports their own data, and takes only own or rollup', () => {
    expect(fs.readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{4}-report-figures-from\.sql$/.test(f))).toHaveLength(1);
    const db = migratedDatabase(temp);
    db.prepare("INSERT INTO reports (year, title, created_at, updated_at) VALUES (2025, 'Báo cáo', 'now', 'now')").run();
    expect(db.prepare('SELECT figures_from FROM reports').pluck().get()).toBe('own');
    db.prepare("UPDATE reports SET figures_from = 'rollup'").run();
    expect(() => db.prepare("UPDATE reports SET figures_from = 'both'").run()).toThrow(/CHECK/);
  });
});
