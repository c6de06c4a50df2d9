import type { Db } from '../db/connection';
import { insertRows } from '../db/insertRows';
import { columns, statement, text } from '../db/rows';

const memberIndexes = statement(
  "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('members', 'member_movements') AND sql IS NOT NULL",
  columns({ name: text, sql: text }),
);
const ledgerTriggers = statement(
  "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'members' AND name LIKE 'members\\_ledger\\_%' ESCAPE '\\'",
  columns({ name: text, sql: text }),
);

const bulkDbs = new WeakSet<Db>();
const appendKeySql = statement('INSERT INTO temp.bulk_member_keys (key, member_id) VALUES (?, ?)');

export function inBulkMode(db: Db): boolean {
  return bulkDbs.has(db);
}

export function appendBulkKey(db: Db, key: string, memberId: number): void {
  appendKeySql(db).run(key, memberId);
}

/** appendBulkKey for many [key, memberId] pairs, a hundred per statement. */
export function appendBulkKeys(db: Db, pairs: readonly unknown[][]): void {
  insertRows(db, 'INSERT INTO temp.bulk_member_keys (key, member_id) VALUES', pairs);
}

/**
 * Runs a large write of new members inside the caller's transaction with the secondary indexes of
 * members and their movements dropped and search keys appended unsorted; afterwards the indexes are rebuilt and the
 * keys inserted in order — several times faster than maintaining B-trees row by row. A rollback
 * of the caller's transaction brings the indexes back as they were. The member ledger's triggers
 * on members (they look up the member's movements, unindexed meanwhile) are off too: a new member
 * has no movements yet, and those inserted after them are counted by the movements' own triggers.
 */
export async function withBulkMemberWrites<T>(db: Db, work: () => Promise<T>): Promise<T> {
  if (!db.inTransaction) throw new Error('withBulkMemberWrites needs an open transaction');
  const indexes = memberIndexes(db).all();
  const triggers = ledgerTriggers(db).all();
  for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
  for (const { name } of triggers) db.exec(`DROP TRIGGER "${name}"`);
  db.exec('CREATE TEMP TABLE IF NOT EXISTS bulk_member_keys (key TEXT NOT NULL, member_id INTEGER NOT NULL)');
  db.exec('DELETE FROM temp.bulk_member_keys');
  bulkDbs.add(db);
  try {
    const result = await work();
    db.exec(
      'INSERT OR IGNORE INTO member_search_keys (key, member_id) SELECT key, member_id FROM temp.bulk_member_keys ORDER BY key, member_id',
    );
    for (const { sql } of indexes) db.exec(sql);
    for (const { sql } of triggers) db.exec(sql);
    return result;
  } finally {
    bulkDbs.delete(db);
    db.exec('DELETE FROM temp.bulk_member_keys');
  }
}
