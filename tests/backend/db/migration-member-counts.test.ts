import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, useTempDirs } from '../../fixtures/backend';
import { migratedUpTo } from './migratedUpTo';

const temp = useTempDirs();
const AT = '2025-03-15T08:00:00.000Z';

describe('migration NNNN-member-counts', () => {
  it('exists once, counts the active members already there, and its triggers follow every change', () => {
    expect(fs.readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{4}-member-counts\.sql$/.test(f))).toHaveLength(1);
    const { db, rest } = migratedUpTo(temp.dir(), 'member-counts');
    const org = (name: string) =>
      Number(db.prepare("INSERT INTO organizations (level, name, name_fold, created_at, updated_at) VALUES ('grassroots', ?, ?, ?, ?)").run(name, name, AT, AT).lastInsertRowid);
    const [a, b] = [org('A'), org('B')];
    const add = db.prepare('INSERT INTO members (organization_id, full_name, name_fold, sort_key, sex, party_member, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const member = (union: number, sex: string | null, party: number, status = 'active') => Number(add.run(union, 'X', 'x', 'x', sex, party, status, AT, AT).lastInsertRowid);
    member(a, 'female', 1);
    member(a, 'male', 0);
    member(a, 'female', 0, 'left');
    const moving = member(b, null, 1);
    rest();
    const counts = () => db.prepare('SELECT * FROM member_counts ORDER BY organization_id').all();
    expect(counts()).toEqual([
      { organization_id: a, total: 2, female: 1, party: 1 },
      { organization_id: b, total: 1, female: 0, party: 1 },
    ]);
    db.prepare("UPDATE members SET organization_id = ?, sex = 'female' WHERE id = ?").run(a, moving);
    member(b, 'female', 0, 'left');
    expect(counts()).toEqual([{ organization_id: a, total: 3, female: 2, party: 2 }]);
    db.prepare("UPDATE members SET status = 'left' WHERE id = ?").run(moving);
    db.prepare("DELETE FROM members WHERE sex = 'male'").run();
    expect(counts()).toEqual([{ organization_id: a, total: 1, female: 1, party: 1 }]);
    db.close();
  });
});
