import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { declaredStatements } from '../../../electron/backend/db/statementRegistry';
import { useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();

// Every backend module, so each declares its statements; the preview host's entry starts a server.
const modules = import.meta.glob(['../../../electron/backend/**/*.ts', '!**/hosts/preview/main.ts']);

// A temp table exists only inside the bulk write that creates it.
const onTempTable = (sql: string) => /\btemp\./i.test(sql);

async function failuresOnFreshDatabase(change?: (db: Database.Database) => void): Promise<string[]> {
  await Promise.all(Object.values(modules).map((load) => load()));
  const dir = temp.dir();
  temp.open({ dataDir: dir }).close();
  const db = new Database(path.join(dir, 'uniondesk.db'));
  try {
    change?.(db);
    return declaredStatements()
      .filter(({ sql }) => !onTempTable(sql))
      .flatMap(({ sql, prepare }) => {
        try {
          prepare(db);
          return [];
        } catch (error) {
          return [`${(error as Error).message}\n${sql.trim()}`];
        }
      });
  } finally {
    db.close();
  }
}

describe('every declared statement against a freshly migrated database', () => {
  it('prepares, and each typed read matches its declared row', async () => {
    expect(await failuresOnFreshDatabase()).toEqual([]);
    expect(declaredStatements().length).toBeGreaterThan(50);
    expect(declaredStatements().filter(({ sql }) => onTempTable(sql)).length).toBeLessThanOrEqual(1);
  });

  it('fails when a migration renames a column a declared statement reads', async () => {
    const failures = await failuresOnFreshDatabase((db) => db.exec('ALTER TABLE organizations RENAME COLUMN short_name TO short_label'));
    expect(failures.some((failure) => /short_name/.test(failure))).toBe(true);
  });

  it('checks the tuple statements too: a migration changing the kind of a column one reads by position fails', async () => {
    const failures = await failuresOnFreshDatabase((db) =>
      db.exec(`DROP TABLE member_counts;
        CREATE TABLE member_counts (organization_id INTEGER NOT NULL PRIMARY KEY, total TEXT NOT NULL, female INTEGER NOT NULL, party INTEGER NOT NULL) STRICT`),
    );
    expect(failures.some((failure) => /column 2 "total" \(member_counts.total\): declared int, the table column is TEXT/.test(failure))).toBe(true);
  });
});
