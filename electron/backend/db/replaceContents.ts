import type { Db } from './connection';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function tablesOf(db: Db, schema: 'main' | 'restored'): string[] {
  return db
    .prepare(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`)
    .pluck()
    .all() as string[];
}

/**
 * Replaces every row of the live database with the rows of `staged` (a checked copy at the same
 * schema version) in one write transaction. The file is never swapped under a connection: the app
 * or a CLI in another process keeps a valid connection and sees the restore as one commit. The
 * triggers are off while rows are copied: what they keep (the member ledger) is copied as it is.
 */
export function replaceContents(db: Db, staged: string): void {
  db.pragma('foreign_keys = OFF');
  db.prepare('ATTACH DATABASE ? AS restored').run(staged);
  try {
    const restoredTables = new Set(tablesOf(db, 'restored'));
    const hasSequence = (schema: string) =>
      db.prepare(`SELECT count(*) FROM ${schema}.sqlite_master WHERE name = 'sqlite_sequence'`).pluck().get() === 1;
    db.transaction(() => {
      const triggers = db.prepare("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger'").all() as { name: string; sql: string }[];
      for (const { name } of triggers) db.exec(`DROP TRIGGER main.${quote(name)}`);
      for (const table of tablesOf(db, 'main')) {
        db.exec(`DELETE FROM main.${quote(table)}`);
        if (!restoredTables.has(table)) continue;
        const columns = (db.prepare(`PRAGMA main.table_info(${quote(table)})`).all() as { name: string }[]).map((c) => quote(c.name)).join(', ');
        db.exec(`INSERT INTO main.${quote(table)} (${columns}) SELECT ${columns} FROM restored.${quote(table)}`);
      }
      if (hasSequence('main')) {
        db.exec('DELETE FROM main.sqlite_sequence');
        if (hasSequence('restored')) db.exec('INSERT INTO main.sqlite_sequence (name, seq) SELECT name, seq FROM restored.sqlite_sequence');
      }
      for (const { sql } of triggers) db.exec(sql);
    }).immediate();
  } finally {
    db.exec('DETACH DATABASE restored');
    db.pragma('foreign_keys = ON');
  }
}
