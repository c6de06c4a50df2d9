import type { Db } from '../db/connection';
import { columns, scalarStatement, statement, text } from '../db/rows';

const allSettings = statement('SELECT key, value FROM settings', columns({ key: text, value: text }));
const settingValue = scalarStatement('SELECT value FROM settings WHERE key = ?', text);
const upsertSetting = statement(
  'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
);

/** Raw key → JSON value storage; typing and defaults live in the service. */
export function readAllSettings(db: Db): Map<string, unknown> {
  return new Map(allSettings(db).all().map((row) => [row.key, JSON.parse(row.value) as unknown]));
}

export function readSetting(db: Db, key: string): unknown {
  const value = settingValue(db).get(key);
  return value === undefined ? undefined : (JSON.parse(value) as unknown);
}

export function writeSetting(db: Db, key: string, value: unknown, at: string): void {
  upsertSetting(db).run(key, JSON.stringify(value), at);
}
