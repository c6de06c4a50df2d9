import type { Db } from '../db/connection';
import { insertRows } from '../db/insertRows';
import { columns, statement, text } from '../db/rows';

const memberIndexes = statement(
  "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('members', 'member_movements') AND sql IS NOT NULL",
  columns({ name: text, sql: text }),
);
/** The triggers that keep the member ledger and counts (migrations member-movement-ledger, member-counts). */
const derivedTriggers = statement(
  `SELECT name, sql FROM sqlite_master
    WHERE type = 'trigger'
      AND ((tbl_name = 'members' AND (name LIKE 'members\\_ledger\\_%' ESCAPE '\\' OR name LIKE 'members\\_counts\\_%' ESCAPE '\\'))
        OR (tbl_name = 'member_movements' AND name LIKE 'member\\_movement\\_ledger\\_%' ESCAPE '\\'))`,
  columns({ name: text, sql: text }),
);
/** The member counts and ledger from scratch, as their migrations first fill them. */
const REBUILD_DERIVED = `
  DELETE FROM member_counts;
  INSERT INTO member_counts (organization_id, total, female, party)
  SELECT organization_id, count(*), sum(sex IS 'female'), sum(party_member) FROM members WHERE status = 'active' GROUP BY organization_id;
  DELETE FROM member_movement_ledger;
  INSERT INTO member_movement_ledger (bucket, kind, to_org, from_org, n, female, party)
  SELECT CASE WHEN substr(mv.date, 6) <= '05-31' THEN substr(mv.date, 1, 4) || '-05-31'
              WHEN substr(mv.date, 6) <= '11-30' THEN substr(mv.date, 1, 4) || '-11-30'
              ELSE (CAST(substr(mv.date, 1, 4) AS INTEGER) + 1) || '-05-31' END, mv.kind, coalesce(mv.to_organization_id, 0), coalesce(mv.from_organization_id, 0),
         count(*), sum(coalesce(m.sex IS 'female', 0)), sum(coalesce(m.party_member, 0))
    FROM member_movements mv LEFT JOIN members m ON m.id = mv.member_id
   GROUP BY 1, 2, 3, 4`;

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
 * of the caller's transaction brings the indexes back as they were. The triggers that keep the
 * member ledger and counts are off too (they work a row at a time, some looking up movements
 * unindexed meanwhile): both tables are rebuilt from scratch at the end, whatever the work wrote.
 */
export async function withBulkMemberWrites<T>(db: Db, work: () => Promise<T>): Promise<T> {
  if (!db.inTransaction) throw new Error('withBulkMemberWrites needs an open transaction');
  const indexes = memberIndexes(db).all();
  const triggers = derivedTriggers(db).all();
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
    db.exec(REBUILD_DERIVED);
    for (const { sql } of triggers) db.exec(sql);
    return result;
  } finally {
    bulkDbs.delete(db);
    db.exec('DELETE FROM temp.bulk_member_keys');
  }
}
