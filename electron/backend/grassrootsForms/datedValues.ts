import type { Db } from '../db/connection';

/**
 * The call point where a returned form updates its CĐCS's dated values (workers and women as at
 * the cut-off). The dated values belong to the organisation figures of branch `figures`; once
 * they are merged, this writes them through that domain's function and reports the change.
 * Until then the office's records stay as they are and the form's figures live in form_values.
 */
export function applyReturnedFormToDatedValues(db: Db, organizationId: number, cutoff: string, values: ReadonlyMap<string, number>): void {
  void db;
  void organizationId;
  void cutoff;
  void values;
}
