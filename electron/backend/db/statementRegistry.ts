import type { Db } from './connection';

/**
 * Every statement a module declares at its top, so one test can prepare (and check) them all
 * against a freshly migrated database, even those no other test runs.
 */
export interface DeclaredStatement {
  sql: string;
  prepare: (db: Db) => unknown;
}

const declared: DeclaredStatement[] = [];

export function declareStatement(sql: string, prepare: (db: Db) => unknown): void {
  declared.push({ sql, prepare });
}

export function declaredStatements(): readonly DeclaredStatement[] {
  return declared;
}
