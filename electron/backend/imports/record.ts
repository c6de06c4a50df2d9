import crypto from 'node:crypto';
import type { Db } from '../db/connection';
import type { ImportRunView } from '../../../shared/audit/imports';
import { quoteName, recordedTables, tableShape } from './tables';
import { columns, int, oneOf, scalar, statement, text, textOrNull, type RowOf } from '../db/rows';

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
 * Records, while an import writes (inside its transaction), every row it adds, and the whole row
 * before each change or delete — with temporary triggers that only this connection sees.
 * `stop()` removes them; the recording stays in temp.import_capture until `saveRecording`.
 */
export function startRecording(db: Db): { stop(): void } {
  db.exec('DROP TABLE IF EXISTS temp.import_capture');
  db.exec('CREATE TEMP TABLE import_capture (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, row_id INTEGER NOT NULL, op TEXT NOT NULL, before TEXT)');
  const names: string[] = [];
  for (const table of recordedTables(db)) {
    const t = quoteName(table.name);
    const literal = `'${table.name.replaceAll("'", "''")}'`;
    const image = `json_object(${table.columns.map((c) => `'${c}', OLD.${quoteName(c)}`).join(', ')})`;
    const name = (suffix: string) => {
      const trigger = `${TRIGGER_PREFIX}${names.length}_${suffix}`;
      names.push(trigger);
      return trigger;
    };
    db.exec(`CREATE TEMP TRIGGER ${name('i')} AFTER INSERT ON main.${t} BEGIN INSERT INTO temp.import_capture (tbl, row_id, op) VALUES (${literal}, NEW.rowid, 'insert'); END`);
    db.exec(`CREATE TEMP TRIGGER ${name('u')} BEFORE UPDATE ON main.${t} BEGIN INSERT INTO temp.import_capture (tbl, row_id, op, before) VALUES (${literal}, OLD.rowid, 'update', ${image}); END`);
    db.exec(`CREATE TEMP TRIGGER ${name('d')} BEFORE DELETE ON main.${t} BEGIN INSERT INTO temp.import_capture (tbl, row_id, op, before) VALUES (${literal}, OLD.rowid, 'delete', ${image}); END`);
  }
  return {
    stop() {
      for (const trigger of names) db.exec(`DROP TRIGGER IF EXISTS temp.${trigger}`);
    },
  };
}

/** A digest of the rows an import touched, as they are now: a later edit or delete changes it. */
export function fingerprintRows(db: Db, rows: readonly Pick<RunRow, 'tbl' | 'row_from' | 'row_to'>[]): string {
  const hash = crypto.createHash('sha256');
  for (const row of rows) {
    const shape = tableShape(db, row.tbl);
    const select = db.prepare(`SELECT ${shape.columns.map(quoteName).join(', ')} FROM main.${quoteName(row.tbl)} WHERE rowid BETWEEN ? AND ? ORDER BY rowid`).raw();
    hash.update(`${row.tbl}:${row.row_from}-${row.row_to}\n`);
    for (const values of select.iterate(row.row_from, row.row_to)) hash.update(JSON.stringify(values) + '\n');
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
  // Consecutive ids of one table form one range (gaps and islands).
  db.prepare(
    `INSERT INTO import_run_rows (run_id, seq, tbl, op, row_from, row_to, before)
     SELECT ?, row_number() OVER (ORDER BY tbl, first), tbl, 'insert', first, last, NULL FROM (
       SELECT tbl, min(row_id) AS first, max(row_id) AS last FROM (
         SELECT tbl, row_id, row_id - row_number() OVER (PARTITION BY tbl ORDER BY row_id) AS island
           FROM (SELECT DISTINCT tbl, row_id FROM temp.import_capture WHERE op = 'insert')
       ) GROUP BY tbl, island
     )`,
  ).run(runId);
  const inserts = scalar(db, 'SELECT count(*) FROM import_run_rows WHERE run_id = ?', int).one(runId);
  db.prepare(
    `INSERT INTO import_run_rows (run_id, seq, tbl, op, row_from, row_to, before)
     SELECT ?, ? + row_number() OVER (ORDER BY seq), tbl, op, row_id, row_id, before FROM temp.import_capture WHERE op <> 'insert'`,
  ).run(runId, inserts);
  db.exec('DROP TABLE IF EXISTS temp.import_capture');
  const rows = rangesOfRun(db).all(runId);
  db.prepare('UPDATE import_runs SET fingerprint = ? WHERE id = ?').run(fingerprintRows(db, rows), runId);
  return runId;
}
