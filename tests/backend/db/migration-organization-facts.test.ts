import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../fixtures/backend';
import type { Db } from '../../../electron/backend/db/connection';
import { migratedUpTo } from './migratedUpTo';

const temp = useTempDirs();
const AT = '2025-03-15T08:00:00.000Z';

function org(db: Db, values: Record<string, unknown>): number {
  const row = { sector: null, founded_on: null, workers_total: null, workers_female: null, ...values };
  return Number(
    db
      .prepare(
        `INSERT INTO organizations (level, name, name_fold, sector, founded_on, workers_total, workers_female, created_at, updated_at)
         VALUES ('grassroots', @name, @name, @sector, @founded_on, @workers_total, @workers_female, @at, @at)`,
      )
      .run({ ...row, at: AT }).lastInsertRowid,
  );
}

describe('migration organization-facts', () => {
  it('dates every CĐCS’s known workers, women workers and sector from its founding (else its creation)', () => {
    const { db, rest } = migratedUpTo(temp.dir(), 'organization-facts');
    const a = org(db, { name: 'A', sector: 'public_service', founded_on: '2010-01-01', workers_total: 50, workers_female: 30 });
    const b = org(db, { name: 'B', workers_total: 7 });
    rest();
    const facts = db.prepare('SELECT organization_id AS org, fact, valid_from AS validFrom, value FROM organization_facts ORDER BY organization_id, fact').all();
    expect(facts).toEqual([
      { org: a, fact: 'sector', validFrom: '2010-01-01', value: 'public_service' },
      { org: a, fact: 'workers_female', validFrom: '2010-01-01', value: 30 },
      { org: a, fact: 'workers_total', validFrom: '2010-01-01', value: 50 },
      { org: b, fact: 'workers_total', validFrom: '2025-03-15', value: 7 },
    ]);
    const insert = db.prepare('INSERT INTO organization_facts (organization_id, fact, valid_from, value) VALUES (?, ?, ?, ?)');
    expect(() => insert.run(a, 'workers_total', '2010-01-01', 60)).toThrow(/UNIQUE/);
    expect(() => insert.run(a, 'chair', '2011-01-01', 'x')).toThrow(/CHECK/);
    expect(() => insert.run(a, 'workers_total', '01/01/2011', 60)).toThrow(/CHECK/);
    db.prepare('DELETE FROM organizations WHERE id = ?').run(b);
    expect(db.prepare('SELECT count(*) FROM organization_facts WHERE organization_id = ?').pluck().get(b)).toBe(0);
    db.close();
  });
});

describe('migration member-party-history', () => {
  it('keeps one value per member and day, 0 or 1, deleted with the member', () => {
    const { db, rest } = migratedUpTo(temp.dir(), 'member-party-history');
    rest();
    const unit = org(db, { name: 'A' });
    const member = Number(
      db
        .prepare("INSERT INTO members (organization_id, full_name, name_fold, sort_key, created_at, updated_at) VALUES (?, 'An', 'an', 'an', ?, ?)")
        .run(unit, AT, AT).lastInsertRowid,
    );
    const insert = db.prepare('INSERT INTO member_party_history (member_id, valid_from, party_member) VALUES (?, ?, ?)');
    insert.run(member, '0001-01-01', 0);
    insert.run(member, '2026-12-07', 1);
    expect(() => insert.run(member, '2026-12-07', 0)).toThrow(/UNIQUE/);
    expect(() => insert.run(member, '2026-12-08', 2)).toThrow(/CHECK/);
    db.prepare('DELETE FROM members WHERE id = ?').run(member);
    expect(db.prepare('SELECT count(*) FROM member_party_history').pluck().get()).toBe(0);
    db.close();
  });
});
