import { afterEach, describe, expect, it } from 'vitest';
import {
  bool,
  columns,
  int,
  intOrNull,
  oneOf,
  query,
  realOrNull,
  scalar,
  scalarStatement,
  statement,
  text,
  textOrNull,
  type RowOf,
} from '../../../electron/backend/db/rows';
import { affinityOf } from '../../../electron/backend/db/rowCheck';
import { closeMemoryDbs, people } from './peopleTable';

afterEach(closeMemoryDbs);

const personRow = columns({ id: int, name: text, note: textOrNull, active: bool, kind: oneOf(['member', 'guest']) });

describe('typed rows over prepared statements', () => {
  it('returns rows typed from the declared shape, bool read as true/false', () => {
    const byId = statement('SELECT id, name, note, active, kind FROM people WHERE id = ?', personRow);
    const db = people();
    const row: RowOf<typeof personRow> | undefined = byId(db).get(2);
    expect(row).toEqual({ id: 2, name: 'Bình', note: 'x', active: false, kind: 'guest' });
    expect(byId(db).all(1).map((r) => r.active)).toEqual([true]);
    expect([...query(db, 'SELECT id, name, note, active, kind FROM people ORDER BY id', personRow).iterate()].map((r) => r.active)).toEqual([true, false]);
  });

  it('refuses a shape whose names differ from the statement, naming each difference and the SQL', () => {
    const db = people();
    expect(() => query(db, 'SELECT id, name AS nmae, note, active, kind FROM people', personRow).all()).toThrow(
      /"name" is declared but the statement does not return it[\s\S]*"nmae" is returned but not declared[\s\S]*SQL: SELECT id, name AS nmae/,
    );
    expect(() => query(db, 'SELECT id, name, note, active, kind, age FROM people', personRow).all()).toThrow(/"age" is returned but not declared/);
  });

  it('refuses a kind that does not fit the table column: affinity, and NOT NULL for a non-null kind', () => {
    const db = people();
    expect(() => query(db, 'SELECT name AS id FROM people', columns({ id: int })).all()).toThrow(/"id" \(people.name\): declared int, the table column is TEXT/);
    expect(() => query(db, 'SELECT note FROM people', columns({ note: text })).all()).toThrow(/"note" \(people.note\): declared text, the table column may be NULL/);
    expect(() => query(db, 'SELECT weight FROM people', columns({ weight: int })).all()).toThrow(/declared int, the table column is REAL/);
    // Wider is fine: an INTEGER column read as real, a NOT NULL column read as nullable, the rowid as int.
    expect(query(db, 'SELECT age AS weight, name AS note, id FROM people ORDER BY id', columns({ weight: realOrNull, note: textOrNull, id: int })).all()).toHaveLength(2);
  });

  it('checks the values an expression returns, which have no table column', () => {
    const db = people();
    expect(() => query(db, "SELECT 'x' || id AS id FROM people", columns({ id: int })).all()).toThrow(/"id" is declared int but read string "x1"/);
    expect(() => query(db, 'SELECT max(age) AS age FROM people WHERE id = 2', columns({ age: int })).get()).toThrow(/"age" is declared int but read NULL/);
    expect(query(db, 'SELECT max(age) AS age FROM people WHERE id = 2', columns({ age: intOrNull })).get()).toEqual({ age: null });
    expect(() => query(db, "SELECT 'visitor' AS kind", columns({ kind: oneOf(['member', 'guest']) })).all()).toThrow(/one of member, guest/);
  });

  it('reads one value per row through a scalar, checked the same way', () => {
    const db = people();
    const count = scalarStatement('SELECT count(*) FROM people WHERE active = ?', int);
    expect(count(db).get(1)).toBe(1);
    expect(scalar(db, 'SELECT name FROM people ORDER BY id', text).all()).toEqual(['An', 'Bình']);
    expect(() => scalar(db, 'SELECT id, name FROM people', text).get()).toThrow(/a scalar returns one column, this statement returns 2/);
    expect(() => scalar(db, 'SELECT note FROM people', text).get()).toThrow(/may be NULL/);
  });

  it('prepares a declared statement once per connection', () => {
    const byId = statement('SELECT id, name, note, active, kind FROM people WHERE id = ?', personRow);
    const db = people();
    expect(byId(db)).toBe(byId(db));
    expect(byId(people())).not.toBe(byId(db));
  });

  it("finds a declared type's affinity by SQLite's rules", () => {
    expect(['INTEGER', 'BIGINT', 'VARCHAR(10)', 'CLOB', 'BLOB', 'DOUBLE', 'NUMERIC', 'DATE', ''].map(affinityOf)).toEqual([
      'INTEGER', 'INTEGER', 'TEXT', 'TEXT', 'BLOB', 'REAL', 'NUMERIC', 'NUMERIC', null,
    ]);
  });
});
