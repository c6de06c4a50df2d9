import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, useTempDirs } from '../../fixtures/backend';
import { migratedUpTo } from './migratedUpTo';

const temp = useTempDirs();
const AT = '2025-03-15T08:00:00.000Z';

describe('migration NNNN-member-movement-ledger', () => {
  it('exists once and fills the ledger from the movements already there, by half-year, kind and CĐCS pair', () => {
    expect(fs.readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{4}-member-movement-ledger\.sql$/.test(f))).toHaveLength(1);
    const { db, rest } = migratedUpTo(temp.dir(), 'member-movement-ledger');
    const org = (name: string) =>
      Number(db.prepare("INSERT INTO organizations (level, name, name_fold, created_at, updated_at) VALUES ('grassroots', ?, ?, ?, ?)").run(name, name, AT, AT).lastInsertRowid);
    const [a, b] = [org('A'), org('B')];
    const member = (sex: string | null, party: number) =>
      Number(
        db
          .prepare('INSERT INTO members (organization_id, full_name, name_fold, sort_key, sex, party_member, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
          .run(b, 'X', 'x', 'x', sex, party, AT, AT).lastInsertRowid,
      );
    const move = db.prepare('INSERT INTO member_movements (member_id, kind, date, from_organization_id, to_organization_id, created_at) VALUES (?, ?, ?, ?, ?, ?)');
    const [woman, partyMan, unknown] = [member('female', 0), member('male', 1), member(null, 1)];
    move.run(woman, 'admitted', '2024-05-31', null, a, AT); // the last day of a half-year
    move.run(partyMan, 'admitted', '2024-03-02', null, a, AT);
    move.run(unknown, 'admitted', '2024-12-01', null, a, AT); // the first day of the next year's half-year
    move.run(woman, 'transferred_out', '2024-06-01', a, b, AT);
    move.run(woman, 'transferred_in', '2024-06-01', a, b, AT);
    rest();
    expect(db.prepare('SELECT * FROM member_movement_ledger ORDER BY 1, 2, 3, 4').all()).toEqual([
      { bucket: '2024-05-31', kind: 'admitted', to_org: a, from_org: 0, n: 2, female: 1, party: 1 },
      { bucket: '2024-11-30', kind: 'transferred_in', to_org: b, from_org: a, n: 1, female: 1, party: 0 },
      { bucket: '2024-11-30', kind: 'transferred_out', to_org: b, from_org: a, n: 1, female: 1, party: 0 },
      { bucket: '2025-05-31', kind: 'admitted', to_org: a, from_org: 0, n: 1, female: 0, party: 1 },
    ]);
    db.close();
  });
});
