import { describe, expect, it } from 'vitest';
import { useAwardsContext } from '../awards/context';

const newContext = useAwardsContext();
const AT = '2025-11-20T00:00:00.000Z';

describe('migration proposal-sends', () => {
  it('numbers the copies of a proposal once each, keeps only valid JSON, and goes with its proposal', () => {
    const { db } = newContext();
    const proposal = db
      .prepare("INSERT INTO award_proposals (year, number, to_issuer_level, created_at, updated_at) VALUES (2025, '25/TTr-LĐLĐ', 'province', ?, ?)")
      .run(AT, AT).lastInsertRowid;
    const insert = db.prepare('INSERT INTO award_proposal_sends (proposal_id, version, sent_at, snapshot) VALUES (?, ?, ?, ?)');
    insert.run(proposal, 1, AT, '{"proposal":{}}');
    expect(() => insert.run(proposal, 1, AT, '{}')).toThrow(/UNIQUE/);
    expect(() => insert.run(proposal, 2, AT, 'not json')).toThrow(/CHECK/);
    expect(() => insert.run(proposal, 0, AT, '{}')).toThrow(/CHECK/);
    db.prepare('DELETE FROM award_proposals WHERE id = ?').run(proposal);
    expect(db.prepare('SELECT count(*) FROM award_proposal_sends').pluck().get()).toBe(0);
  });
});
