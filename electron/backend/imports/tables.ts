import type { Db } from '../db/connection';
import { columns, int, statement, text } from '../db/rows';

const tables = statement(
  "SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  columns({ name: text, sql: text }),
);
const tableInfo = statement("SELECT name, type, pk FROM pragma_table_info(?, 'main')", columns({ name: text, type: text, pk: int }));

/**
 * Tables an import's changes are recorded in: every table with row ids, except bookkeeping that an
 * undo must not put back (the audit log, remembered settings, the import history itself) and
 * derived rows (member search keys, recomputed on undo).
 */
const NOT_RECORDED = new Set(['audit_log', 'settings', 'import_runs', 'import_run_rows']);

export interface TableShape {
  name: string;
  columns: string[];
  /** True when a column is the row id itself (INTEGER PRIMARY KEY), so an insert names no rowid. */
  rowidAliased: boolean;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
export { quote as quoteName };

export function recordedTables(db: Db): TableShape[] {
  return tables(db)
    .all()
    .filter((t) => !NOT_RECORDED.has(t.name) && !/WITHOUT\s+ROWID/iu.test(t.sql))
    .flatMap((t) => {
      const info = tableInfo(db).all(t.name);
      // A before-image is JSON, which holds no bytes: no import writes such tables.
      if (info.some((c) => /BLOB/iu.test(c.type))) return [];
      const keys = info.filter((c) => c.pk > 0);
      return [{ name: t.name, columns: info.map((c) => c.name), rowidAliased: keys.length === 1 && keys[0]!.type.toUpperCase() === 'INTEGER' }];
    });
}

export function tableShape(db: Db, name: string): TableShape {
  const shape = recordedTables(db).find((t) => t.name === name);
  if (!shape) throw new Error(`not a recorded table: ${name}`);
  return shape;
}
