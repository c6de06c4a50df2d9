import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../fixtures/backend';
import { TABLE_OWNERS } from './tableOwners';
import { backendTableWrites, tablesWritten } from './tableWrites';

const temp = useTempDirs();

describe('domains own their tables', () => {
  it('finds the tables a source writes, and nothing it only reads', () => {
    const source = [
      "statement('INSERT INTO awards (a) VALUES (?)');",
      "db.prepare('INSERT OR IGNORE INTO member_search_keys (key) VALUES (?)');",
      "db.prepare(`REPLACE INTO settings (key) VALUES (?)`);",
      "db.prepare('UPDATE OR ROLLBACK main.organizations SET code = ? WHERE id = ?');",
      "db.prepare('DELETE FROM \"scores\" WHERE id = ?');",
      "db.prepare('INSERT INTO audit_log (a) VALUES (?)'); statement(`UPDATE base_salaries SET amount = ?`); db.exec('DELETE FROM reports')",
      "db.prepare('INSERT INTO union_ratings (a) VALUES (?) ON CONFLICT (a) DO UPDATE SET b = excluded.b');",
      "db.exec('CREATE TEMP TRIGGER t AFTER UPDATE OF name ON members BEGIN INSERT INTO temp.changes VALUES (1); END');",
      "db.prepare('SELECT * FROM clusters WHERE id IN (SELECT cluster_id FROM cluster_members)');",
      'db.prepare(`DELETE FROM ${table} WHERE rowid > ?`);',
    ].join('\n');
    expect(tablesWritten(source)).toEqual(['audit_log', 'awards', 'base_salaries', 'member_search_keys', 'organizations', 'reports', 'scores', 'settings', 'union_ratings']);
  });

  it('every table the backend writes is written only by the domain that owns it', () => {
    const strangers = backendTableWrites()
      .filter((write) => TABLE_OWNERS[write.table] !== write.domain)
      .map((write) => `${write.file} writes ${write.table} (owner: ${TABLE_OWNERS[write.table] ?? 'none declared'})`);
    expect(strangers).toEqual([]);
  });

  it('every table of the migrated schema has an owner, and the map names no table the schema lacks', () => {
    const dir = temp.dir();
    temp.open({ dataDir: dir }).close();
    const db = new Database(path.join(dir, 'uniondesk.db'), { readonly: true });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
      expect(tables.filter((table) => !(table in TABLE_OWNERS))).toEqual([]);
      expect(Object.keys(TABLE_OWNERS).filter((table) => !tables.includes(table))).toEqual([]);
    } finally {
      db.close();
    }
  });
});
