import Database from 'better-sqlite3';

const open: Database.Database[] = [];

/** An empty in-memory database, closed by `closeMemoryDbs` (call it in `afterEach`). */
export function memoryDb(): Database.Database {
  const db = new Database(':memory:');
  open.push(db);
  return db;
}

export function closeMemoryDbs(): void {
  open.splice(0).forEach((db) => db.close());
}

/** A `people` table of every column affinity, with two rows: An (all set) and Bình (note set, no age). */
export function people(): Database.Database {
  const db = memoryDb();
  db.exec(`CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT, age INTEGER, active INTEGER NOT NULL DEFAULT 1,
    kind TEXT NOT NULL DEFAULT 'member', weight REAL);
    INSERT INTO people (name, note, age, active, kind, weight) VALUES ('An', NULL, 30, 1, 'member', 61.5), ('Bình', 'x', NULL, 0, 'guest', 70);`);
  return db;
}
