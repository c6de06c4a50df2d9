import Database from 'better-sqlite3';

/** What a backup file holds, counted from the file itself: what the restore preview must say. */
export function heldBy(file: string): { unions: number; members: number; decisions: number } {
  const db = new Database(file, { readonly: true });
  try {
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      unions: count("SELECT count(*) FROM organizations WHERE level = 'grassroots' AND dissolved_on IS NULL"),
      members: count("SELECT count(*) FROM members WHERE status = 'active'"),
      decisions: count('SELECT count(*) FROM award_decisions'),
    };
  } finally {
    db.close();
  }
}
