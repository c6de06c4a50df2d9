import type { Db } from '../db/connection';
import { columns, int, intOrNull, scalar, statement } from '../db/rows';

const partyOnDay = statement(
  `SELECT m.id AS memberId, m.party_member AS now,
          (SELECT h.party_member FROM member_party_history h WHERE h.member_id = m.id AND h.valid_from <= @day
            ORDER BY h.valid_from DESC LIMIT 1) AS was
     FROM members m WHERE m.id IN (SELECT DISTINCT member_id FROM member_party_history)`,
  columns({ memberId: int, now: int, was: intOrNull }),
);

/** The day before any record: the value a member had before their first dated change. */
const ALWAYS = '0001-01-01';

/**
 * Records a change of Party membership from `day` on (migration member-party-history). The first
 * change also writes the value the member had until then, so earlier cut-offs keep it.
 */
export function recordPartyChange(db: Db, memberId: number, was: boolean, now: boolean, day: string): void {
  if (was === now) return;
  const insert = db.prepare(
    `INSERT INTO member_party_history (member_id, valid_from, party_member) VALUES (?, ?, ?)
     ON CONFLICT (member_id, valid_from) DO UPDATE SET party_member = excluded.party_member`,
  );
  const known = scalar(db, 'SELECT count(*) FROM member_party_history WHERE member_id = ?', int).get(memberId);
  if (known === 0 && day > ALWAYS) insert.run(memberId, ALWAYS, was ? 1 : 0);
  insert.run(memberId, day, now ? 1 : 0);
}

/** Members with a dated Party history whose membership on `day` differs from today's flag. */
export function partyDifferencesOn(db: Db, day: string): { memberId: number; wasParty: boolean }[] {
  const rows = partyOnDay(db).all({ day });
  return rows.filter((row) => row.was !== null && row.was !== row.now).map((row) => ({ memberId: row.memberId, wasParty: row.was === 1 }));
}
