import { errorMessage, type ErrorCode } from '../../../shared/i18n/errors';
import type { Locale } from '../../../shared/i18n/locale';

export interface SystemProblem {
  code: ErrorCode;
  params: Record<string, unknown>;
}

const BY_CODE: Record<string, ErrorCode> = {
  ENOSPC: 'DISK_FULL',
  EDQUOT: 'DISK_FULL',
  SQLITE_FULL: 'DISK_FULL',
  SQLITE_BUSY: 'DB_LOCKED',
  SQLITE_BUSY_SNAPSHOT: 'DB_LOCKED',
  SQLITE_BUSY_TIMEOUT: 'DB_LOCKED',
  SQLITE_LOCKED: 'DB_LOCKED',
  ENOENT: 'PATH_MISSING',
  ENOTDIR: 'PATH_MISSING',
  SQLITE_CANTOPEN: 'PATH_MISSING',
  SQLITE_IOERR: 'PATH_MISSING',
  EACCES: 'NO_PERMISSION',
  EPERM: 'NO_PERMISSION',
  EROFS: 'NO_PERMISSION',
  SQLITE_READONLY: 'NO_PERMISSION',
  SQLITE_READONLY_DBMOVED: 'PATH_MISSING',
  EADDRINUSE: 'PORT_IN_USE',
};

const BY_MESSAGE: [RegExp, ErrorCode][] = [
  [/database or disk is full|no space left/i, 'DISK_FULL'],
  [/database is locked|database table is locked/i, 'DB_LOCKED'],
  [/disk I\/O error|unable to open database file/i, 'PATH_MISSING'],
];

/**
 * What an operating-system or SQLite failure means for the user (disk full, database locked by
 * another program, folder gone, no permission, port taken), or null for anything else.
 */
export function systemProblem(error: unknown): SystemProblem | null {
  if (!(error instanceof Error)) return null;
  const details = error as Error & { code?: unknown; path?: unknown; port?: unknown };
  const code = typeof details.code === 'string' ? details.code : '';
  const known = BY_CODE[code] ?? BY_CODE[code.replace(/_[A-Z]+$/, '')] ?? BY_MESSAGE.find(([pattern]) => pattern.test(error.message))?.[1];
  if (!known) return null;
  return { code: known, params: { path: typeof details.path === 'string' ? details.path : '', port: details.port ?? '' } };
}

/** A failure's reason in the user's words when it is a known system problem, else its own message. */
export function plainReason(error: unknown, locale: Locale): string {
  const problem = systemProblem(error);
  if (problem) return errorMessage(locale, problem.code, problem.params);
  return error instanceof Error ? error.message : String(error);
}
