/** The envelope every IPC call returns, whichever host carries it. */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNKNOWN_CHANNEL'
  | 'FORBIDDEN'
  | 'CANCELLED'
  | 'DB_NOT_SQLITE'
  | 'DB_CORRUPT'
  | 'DB_TOO_NEW'
  | 'MIGRATION_FAILED'
  | 'DATA_DIR_NOT_WRITABLE'
  | 'FILE_NOT_FOUND'
  | 'BASE_SALARY_DATE_TAKEN'
  | 'SETUP_ALREADY_DONE'
  | 'MEMBER_NOT_FOUND'
  | 'MEMBER_NOT_ACTIVE'
  | 'UNION_NOT_FOUND'
  | 'UNION_DISSOLVED'
  | 'UNION_HAS_MEMBERS'
  | 'UNION_CODE_TAKEN'
  | 'SAME_UNION'
  | 'OFFICE_NOT_SET'
  | 'DATE_BEFORE_MANAGEMENT'
  | 'UNION_NOT_OURS'
  | 'IMPORT_EXPIRED'
  | 'IMPORT_UNREADABLE'
  | 'IMPORT_ENCRYPTED'
  | 'IMPORT_NO_HEADER'
  | 'IMPORT_MISSING_COLUMN'
  | 'INTERNAL';

export interface AppErrorShape {
  code: ErrorCode;
  /** Already in the user's language. */
  message: string;
  details?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppErrorShape): Result<never> => ({ ok: false, error });
