import { afterEach, describe, expect, it } from 'vitest';
import { bool, int, intOrNull, oneOf, real, realOrNull, text, textOrNull, tuples, tupleStatement, type TupleOf } from '../../../electron/backend/db/rows';
import { declaredStatements } from '../../../electron/backend/db/statementRegistry';
import { closeMemoryDbs, memoryDb, people } from './peopleTable';

afterEach(closeMemoryDbs);

const personKinds = [int, text, textOrNull, bool, oneOf(['member', 'guest'])] as const;
const PERSON_SQL = 'SELECT id, name, note, active, kind FROM people';

describe('typed tuples over prepared statements (raw rows)', () => {
  it('returns arrays typed from the declared kinds, bool and oneOf read on every row', () => {
    const byId = tupleStatement(`${PERSON_SQL} WHERE id = ?`, personKinds);
    const db = people();
    const row: TupleOf<typeof personKinds> | undefined = byId(db).get(2);
    expect(row).toEqual([2, 'Bình', 'x', false, 'guest']);
    const all = tuples(db, `${PERSON_SQL} ORDER BY id`, personKinds).all();
    expect(all).toEqual([
      [1, 'An', null, true, 'member'],
      [2, 'Bình', 'x', false, 'guest'],
    ]);
    expect([...tuples(db, `${PERSON_SQL} ORDER BY id`, personKinds).iterate()].map(([, , , active]) => active)).toEqual([true, false]);
    expect(tuples(db, 'SELECT count(*), sum(weight) FROM people', [int, real]).one()).toEqual([2, 131.5]);
  });

  it('refuses a statement returning another number of columns than declared', () => {
    const db = people();
    expect(() => tuples(db, 'SELECT id, name FROM people', [int]).all()).toThrow(/1 columns are declared, the statement returns 2[\s\S]*SQL: SELECT id, name/);
    expect(() => tuples(db, 'SELECT id FROM people', [int, text]).all()).toThrow(/2 columns are declared, the statement returns 1/);
  });

  it('refuses a kind that does not fit the table column at its place: affinity, and NOT NULL for a non-null kind', () => {
    const db = people();
    expect(() => tuples(db, 'SELECT name, id FROM people', [int, text]).all()).toThrow(
      /column 1 "name" \(people.name\): declared int, the table column is TEXT[\s\S]*column 2 "id" \(people.id\): declared text, the table column is INTEGER/,
    );
    expect(() => tuples(db, 'SELECT id, note FROM people', [int, text]).all()).toThrow(/column 2 "note" \(people.note\): declared text, the table column may be NULL/);
    expect(tuples(db, 'SELECT age, name FROM people ORDER BY id', [intOrNull, textOrNull]).all()).toEqual([
      [30, 'An'],
      [null, 'Bình'],
    ]);
  });

  it('checks the first row of each call value by value (expressions have no table column), and a oneOf on every row', () => {
    const db = people();
    expect(() => tuples(db, "SELECT 'x' || id FROM people", [int]).all()).toThrow(/column 1 is declared int but read string "x1"/);
    expect(() => tuples(db, 'SELECT max(age) FROM people WHERE id = 2', [int]).get()).toThrow(/column 1 is declared int but read NULL/);
    expect(() => tuples(db, "SELECT CASE id WHEN 1 THEN 'member' ELSE 'visitor' END FROM people ORDER BY id", [oneOf(['member', 'guest'])]).all()).toThrow(
      /one of member, guest, read visitor/,
    );
  });

  it('fails on a statement the schema drifted from: a column added under SELECT *, columns reordered', () => {
    const all = tupleStatement('SELECT * FROM people', [int, text, textOrNull, intOrNull, int, text, realOrNull]);
    expect(all(people()).all()).toHaveLength(2);
    const added = people();
    added.exec("ALTER TABLE people ADD COLUMN email TEXT NOT NULL DEFAULT ''");
    expect(() => all(added)).toThrow(/7 columns are declared, the statement returns 8/);
    const reordered = memoryDb();
    reordered.exec(`CREATE TABLE people (name TEXT NOT NULL, id INTEGER PRIMARY KEY, note TEXT, age INTEGER, active INTEGER NOT NULL, kind TEXT NOT NULL, weight REAL)`);
    expect(() => all(reordered)).toThrow(/column 1 "name" \(people.name\): declared int, the table column is TEXT/);
  });

  it('prepares a tuple statement once per connection, and declares it for the test of every declared statement', () => {
    const sql = 'SELECT id, name FROM people WHERE id = ? -- declared once';
    const byId = tupleStatement(sql, [int, text]);
    const db = people();
    expect(byId(db)).toBe(byId(db));
    expect(byId(people())).not.toBe(byId(db));
    const declared = declaredStatements().find((statement) => statement.sql === sql);
    expect(declared).toBeDefined();
    expect(() => declared?.prepare(db)).not.toThrow();
  });
});
