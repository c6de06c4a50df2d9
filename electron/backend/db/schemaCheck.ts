import Database from 'better-sqlite3';
import type { Db } from './connection';
import type { Migration } from './migrations';

interface SchemaObject {
  type: string;
  name: string;
  sql: string | null;
}

function schemaObjects(db: Db): SchemaObject[] {
  return db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
    .all() as SchemaObject[];
}

const expectedCache = new Map<string, SchemaObject[]>();

/** The schema our own migrations build up to `version`, built once in memory. */
function expectedSchema(migrations: Migration[], version: number): SchemaObject[] {
  const key = `${version}:${migrations.slice(0, version).map((m) => m.name).join(',')}`;
  const cached = expectedCache.get(key);
  if (cached) return cached;
  const reference = new Database(':memory:');
  try {
    for (const migration of migrations.slice(0, version)) reference.exec(migration.sql);
    const objects = schemaObjects(reference);
    expectedCache.set(key, objects);
    return objects;
  } finally {
    reference.close();
  }
}

const normalise = (sql: string | null) => (sql ?? '').replace(/\s+/g, ' ').trim();

export interface SchemaProblems {
  /** Our tables that are not there. */
  missingTables: string[];
  /** Triggers our migrations never create: they would run someone else's code on our writes. */
  foreignTriggers: string[];
}

/** Compares a database's tables and triggers with what our migrations create at its user_version. */
export function schemaProblems(db: Db, migrations: Migration[], version: number): SchemaProblems {
  const expected = expectedSchema(migrations, version);
  const actual = schemaObjects(db);
  const actualTables = new Set(actual.filter((o) => o.type === 'table').map((o) => o.name));
  const expectedTriggers = new Set(expected.filter((o) => o.type === 'trigger').map((o) => `${o.name}\u0000${normalise(o.sql)}`));
  return {
    missingTables: expected.filter((o) => o.type === 'table' && !actualTables.has(o.name)).map((o) => o.name),
    foreignTriggers: actual
      .filter((o) => o.type === 'trigger' && !expectedTriggers.has(`${o.name}\u0000${normalise(o.sql)}`))
      .map((o) => o.name),
  };
}
