import crypto from 'node:crypto';
import type { Db } from '../db/connection';
import type { ImportRunView } from '../../../shared/audit/imports';
import { quoteName, recordedTables, tableShape } from './tables';
import { bool, columns, int, oneOf, query, scalar, statement, text, textOrNull, type RowOf } from '../db/rows';

export const runRow = columns({
  seq: int,
  tbl: text,
  op: oneOf(['insert', 'update', 'delete']),
  row_from: int,
  row_to: int,
  before: textOrNull,
});
export type RunRow = RowOf<typeof runRow>;

const rangesOfRun = statement('SELECT tbl, row_from, row_to FROM import_run_rows WHERE run_id = ? ORDER BY seq', columns({ tbl: text, row_from: int, row_to: int }));

const TRIGGER_PREFIX = 'import_capture_';

/**
 * Records, while an import writes (inside its transaction), the rows it adds and the whole row
 * before each change or delete. Added rows are not captured one by one: a new row gets a row id
 * above every id the table held when the recording started, so the table's highest id then (its
 * mark) is all that is kept, and `saveRecording` reads the added rows as ranges above it. Changes
 * and deletes of older rows are captured by temporary triggers that only this connection sees.
 * `stop()` removes them; the recording stays in temp tables until `saveRecording`.
 */
export function startRecording(db: Db): { stop(): void } {
  db.exec('DROP TABLE IF EXISTS temp.import_capture');
  db.exec('DROP TABLE IF EXISTS temp.import_capture_marks');
  db.exec('CREATE TEMP TABLE import_capture (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, row_id INTEGER NOT NULL, op TEXT NOT NULL, before TEXT)');
  db.exec('CREATE TEMP TABLE import_capture_marks (tbl TEXT PRIMARY KEY NOT NULL, mark INTEGER NOT NULL)');
  const markOf = db.prepare('INSERT INTO temp.import_capture_marks (tbl, mark) VALUES (?, ?)');
  const names: string[] = [];
  for (const table of recordedTables(db)) {
    const t = quoteName(table.name);
    const mark = scalar(db, `SELECT coalesce(max(rowid), 0) FROM main.${t}`, int).one();
    markOf.run(table.name, mark);
    const literal = `'${table.name.replaceAll("'", "''")}'`;
    const image = `json_object(${table.columns.map((c) => `'${c}', OLD.${quoteName(c)}`).join(', ')})`;
    const name = (suffix: string) => {
      const trigger = `${TRIGGER_PREFIX}${names.length}_${suffix}`;
      names.push(trigger);
      return trigger;
    };
    // Rows above the mark were added by this import: undoing it removes them, whatever became of them.
    const older = `WHEN OLD.rowid <= ${mark}`;
    db.exec(`CREATE TEMP TRIGGER ${name('u')} BEFORE UPDATE ON main.${t} ${older} BEGIN INSERT INTO temp.import_capture (tbl, row_id, op, before) VALUES (${literal}, OLD.rowid, 'update', ${image}); END`);
    db.exec(`CREATE TEMP TRIGGER ${name('d')} BEFORE DELETE ON main.${t} ${older} BEGIN INSERT INTO temp.import_capture (tbl, row_id, op, before) VALUES (${literal}, OLD.rowid, 'delete', ${image}); END`);
  }
  return {
    stop() {
      for (const trigger of names) db.exec(`DROP TRIGGER IF EXISTS temp.${trigger}`);
    },
  };
}

/**
 * The rows an import added to `table`, as ranges of consecutive ids (gaps and islands): those above
 * its mark, and an id it deleted and then gave to a new row (SQLite reuses the highest id once freed).
 */
function addedRanges(db: Db, table: string, mark: number): { first: number; last: number }[] {
  const t = quoteName(table);
  // The usual case, answered without sorting every new id: nothing deleted, and the new ids one unbroken run.
  if (!scalar(db, "SELECT EXISTS (SELECT 1 FROM temp.import_capture WHERE tbl = ? AND op = 'delete')", bool).one(table)) {
    const added = query(db, `SELECT count(*) AS n, coalesce(min(rowid), 0) AS first, coalesce(max(rowid), 0) AS last FROM main.${t} WHERE rowid > ?`, addedSpan).one(mark);
    if (added.n === 0) return [];
    if (added.n === added.last - added.first + 1) return [{ first: added.first, last: added.last }];
  }
  return query(
    db,
    `SELECT min(id) AS first, max(id) AS last FROM (
         SELECT id, id - row_number() OVER (ORDER BY id) AS island FROM (
           SELECT rowid AS id FROM main.${t} WHERE rowid > ?
           UNION SELECT rowid FROM main.${t} WHERE rowid IN (SELECT row_id FROM temp.import_capture WHERE tbl = ? AND op = 'delete')
         )
       ) GROUP BY island ORDER BY first`,
    columns({ first: int, last: int }),
  ).all(mark, table);
}

const addedSpan = columns({ n: int, first: int, last: int });

const FINGERPRINT_BATCH = 1 << 16;

/** A digest of the rows an import touched, as they are now: a later edit or delete changes it. */
export function fingerprintRows(db: Db, rows: readonly Pick<RunRow, 'tbl' | 'row_from' | 'row_to'>[]): string {
  const hash = crypto.createHash('sha256');
  for (const row of rows) {
    const shape = tableShape(db, row.tbl);
    const select = db.prepare(`SELECT ${shape.columns.map(quoteName).join(', ')} FROM main.${quoteName(row.tbl)} WHERE rowid BETWEEN ? AND ? ORDER BY rowid`).raw();
    // The digest of the concatenation, fed in batches: one hash update per row costs more than the hashing.
    let text = `${row.tbl}:${row.row_from}-${row.row_to}\n`;
    for (const values of select.iterate(row.row_from, row.row_to)) {
      text += JSON.stringify(values) + '\n';
      if (text.length > FINGERPRINT_BATCH) {
        hash.update(text);
        text = '';
      }
    }
    hash.update(text);
  }
  return hash.digest('hex');
}

/** What is saved of a run: its row in the history, before it has an id or is undone. */
export type RunMeta = Omit<ImportRunView, 'id' | 'undoneAt'>;

/** Stores the recording as an import run: added rows as id ranges, then the before-images in order. */
export function saveRecording(db: Db, meta: RunMeta): number {
  const auditId = scalar(db, 'SELECT coalesce(max(id), 0) FROM audit_log', int).one();
  const runId = Number(
    db
      .prepare("INSERT INTO import_runs (at, actor, kind, file, imported, updated, audit_id, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, '')")
      .run(meta.at, meta.actor, meta.kind, meta.file, meta.imported, meta.updated, auditId).lastInsertRowid,
  );
  const addRange = db.prepare("INSERT INTO import_run_rows (run_id, seq, tbl, op, row_from, row_to, before) VALUES (?, ?, ?, 'insert', ?, ?, NULL)");
  const marks = query(db, 'SELECT tbl, mark FROM temp.import_capture_marks ORDER BY tbl', columns({ tbl: text, mark: int })).all();
  let seq = 0;
  for (const { tbl, mark } of marks) {
    for (const { first, last } of addedRanges(db, tbl, mark)) addRange.run(runId, ++seq, tbl, first, last);
  }
  db.prepare(
    `INSERT INTO import_run_rows (run_id, seq, tbl, op, row_from, row_to, before)
     SELECT ?, ? + row_number() OVER (ORDER BY seq), tbl, op, row_id, row_id, before FROM temp.import_capture WHERE op <> 'insert'`,
  ).run(runId, seq);
  db.exec('DROP TABLE IF EXISTS temp.import_capture');
  db.exec('DROP TABLE IF EXISTS temp.import_capture_marks');
  const rows = rangesOfRun(db).all(runId);
  db.prepare('UPDATE import_runs SET fingerprint = ? WHERE id = ?').run(fingerprintRows(db, rows), runId);
  return runId;
}
