import type { Db } from '../db/connection';
import { all, first, run, sql } from '../db/query';

/** Raw key → JSON value storage; typing and defaults live in the service. */
export function readAllSettings(db: Db): Map<string, unknown> {
  const rows = all(db, sql.selectFrom('settings').select(['key', 'value']));
  return new Map(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
}

export function readSetting(db: Db, key: string): unknown {
  const row = first(db, sql.selectFrom('settings').select('value').where('key', '=', key));
  return row ? (JSON.parse(row.value) as unknown) : undefined;
}

export function writeSetting(db: Db, key: string, value: unknown, at: string): void {
  const json = JSON.stringify(value);
  run(
    db,
    sql
      .insertInto('settings')
      .values({ key, value: json, updated_at: at })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: at })),
  );
}

/** Removes every setting except `kept` (the demo data's own settings go with it). */
export function deleteSettingsExcept(db: Db, kept: readonly string[]): void {
  run(db, sql.deleteFrom('settings').where('key', 'not in', [...kept]));
}
