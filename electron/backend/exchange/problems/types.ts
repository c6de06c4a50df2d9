/** What is wrong with one value of one row; the message is made from it in the user's language. */
export type ProblemCode =
  | 'required'
  | 'invalidDate'
  | 'impossibleDate'
  | 'futureDate'
  | 'invalidCccd'
  | 'invalidPhone'
  | 'unknownUnion'
  | 'missingUnion'
  | 'invalidSex'
  | 'invalidBoolean'
  | 'invalidPosition'
  | 'invalidNumber'
  | 'invalidSector'
  | 'femaleExceedsTotal'
  | 'tooLong'
  | 'duplicateInFile'
  | 'invalidValue'
  | 'invalidMoney'
  | 'invalidPoints'
  | 'invalidChoice'
  | 'unknownContest';

export interface ImportProblem {
  /** The sheet's own 1-based row number, as Excel shows it. */
  row: number;
  /** The header label of the column as in the file ('' when the field has no column). */
  column: string;
  /** The field key (MEMBER_FIELDS / UNION_FIELDS, or a draft key such as 'organizationId'). */
  field: string;
  code: ProblemCode;
  /** value: the cell as written; reason, digits, max, firstRow … depending on the code. */
  params?: Record<string, unknown>;
}

/** One data row of the sheet: the draft to import, or null when it has problems. */
export interface ParsedRow<Draft> {
  row: number;
  draft: Draft | null;
  problems: ImportProblem[];
}

/** Reading one cell: the value, or a problem (without row and column, which the caller knows). */
export type ValueResult<T> =
  | { ok: true; value: T }
  | { ok: false; code: ProblemCode; params?: Record<string, unknown> };

export function ok<T>(value: T): ValueResult<T> {
  return { ok: true, value };
}

export function fail<T>(code: ProblemCode, params?: Record<string, unknown>): ValueResult<T> {
  return params === undefined ? { ok: false, code } : { ok: false, code, params };
}
